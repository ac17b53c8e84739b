"""One module per language (or script of a language) with its routing lexicon."""
