"""The gettext catalogs (messages.po/.mo per language), shipped inside the package so a wheel
install finds them; `bot.i18n` loads them from here."""
