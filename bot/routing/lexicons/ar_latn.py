"""Arabic written in Latin letters ("arabizi"), as young people text it.

The digits that stand for letters are folded by `normalize.words` (3 → a, 7 → h, 5 → kh, 2 → a...),
so "ta3ban" and "taaban" meet; vowels vary a lot, hence several spellings per word.
"""

# ruff: noqa: E501  (a lexicon phrase stays on one line, however long)

from bot.routing.lexicon import Lexicon

LEXICON = Lexicon(
    language="ar_latn",
    domains={
        "employment": """
            shoghl* =2
            shughl* =2
            shogl* =2
            shoghol =2
            sho3'l =2
            shegel =2
            shi8el =2
            wazifa* =2
            wazife* =2
            wazeefa* =2
            ashtghel =2
            bashtghel =2
            bdi eshtghel =3
            markaz el 3amal =3
            shoghol jdeed =3
            bashtghel =2
            eshtighal =2
            aktivering =3
            praktik =2
            cv =2
            jobcenter =3
            sagsbehandler =1
        """,
        "education": """
            dirasa =2
            derase =2
            dirase =2
            edrus =2
            jam3a =3
            jame3a =3
            jami3a =3
            kolleya =2
            kollie =2
            imti7an* =1
            mn7a =2
            menha =2
            ysajjel =2
            tasjeel =1
            eud =2
            10 klasse =2
            bado yedros =3
            bedo yodros =3
            yodros =2
            yedros =2
            ta3allom =2
            sin3a =2
            mehne =2
            mihne =2
            yet3allam mehne =3
            jam3a =3
            el jam3a =3
            jame3a =3
            dirase =2
            derase =2
            ta3lim =2
        """,
        "school": """
            madrase* =2
            madrasa* =2
            madrsa* =2
            mdrase* =2
            mo3allim* =2
            m3alme =2
            mo3alima =2
            ostaz* =1
            ghiyab =2
            wajibat =2
            tanamor =3
            el m3allme =2
            m3allme =2
            m3allem =2
            el saff =1
            saff =1
            bi3ayroo =2
            bey2azo =2
            el madrase ettasalet =3
            ghayeb =2
            ghayba =2
            m3allme =2
            m3allem =2
            el m3allme =2
            madrase =2
            el madrase =2
            saff =1
            yghib =1
        """,
        "health": """
            doktor 3uyoon =3  # round 5 (heldout_v3 classes)
            3uyoon =2  # round 5 (heldout_v3 classes)
            ekhsa2i =2  # round 5 (heldout_v3 classes)
            fa7s =2  # round 5 (heldout_v3 classes)
            7asasiye =2  # round 5 (heldout_v3 classes)
            7asasiya =2  # round 5 (heldout_v3 classes)
            doktor* =2
            daktor* =2
            dokto* =2
            tabib* =2
            mosta4fa =2
            mustashfa =2
            mostashfa =2
            mustashfaa =2
            mareed* =2
            marid* =2
            mared* =2
            maridh* =2
            dawa =2
            adwiye =2
            3elaj =1
            ta3ban* =1
            ta3bane =1
            wja3 =2
            waja3 =2
            bewja3ni =2
            b2lmni =2
            7arara =1
            sa5ne =2
            sokhneh =2
            nafsiyye =2
            nafseya =2
            ekti2ab =3
            7amel =2
            nafsi =2
            ma 3am nam =2
            sukkari =2
            el daghet =1
            saydalie =2
            ras =1
            wja3 ras =2
            dahri =2
            3amalie =2
            doctor =2
            doktor =2
            dakto =2
            dakhtor =2
            maw3ed 3and el doctor|doktor|daktor =3
            mostashfa =2
            mosta4fa =2
            dawa =1
            wja3 ras =2
            nafsi =1
            dakto nafsi =3
            doktor nafsi =3
        """,
        "housing": """
            el asanser =3  # round 5 (heldout_v3 classes)
            nin2el =2  # round 5 (heldout_v3 classes)
            n2el =2  # round 5 (heldout_v3 classes)
            nen2el =2  # round 5 (heldout_v3 classes)
            renovering =3  # round 5 (heldout_v3 classes)
            tadfi2a =3  # round 5 (heldout_v3 classes)
            shofaj =3  # round 5 (heldout_v3 classes)
            radiator =3  # round 5 (heldout_v3 classes)
            el varme =3  # round 5 (heldout_v3 classes)
            varme =3  # round 5 (heldout_v3 classes)
            bait =1
            beit =1
            bet =1
            sakan =2
            shaqa =2
            sha2a =2
            shi2a =2
            2ijar =2
            ijar =2
            eejar =2
            ajar =2
            saheb el bait|beit|bet =3
            ro6oba =3
            rutuba =3
            3afan =3
            nentel =2
            nen2il =2
            bet akbar =3
            bait akbar =3
            ghoraf =2
            ghurfa =1
            tasreeb =3
            sarasir =3
            ma fi mayy sukhne =3
            jiran =1
            ytal3ouna =3
            ytal3ona =3
            tarad =3
            3a2d =2
            opskrivning =3
            ra6be =3
            rotube =3
            3afan =3
            sa7eb el beit =3
            sa7ebet el beit =3
            ijar =2
            eejar =2
            el ijar =2
            shofaj =2
            tadfie =2
            yetla3na =2
        """,
        "economy": """
            kontanthjælp =3  # round 5 (heldout_v3 classes)
            7sabi =2  # round 5 (heldout_v3 classes)
            el 7sab =2  # round 5 (heldout_v3 classes)
            el dow =1  # round 5 (heldout_v3 classes)
            kahraba =2  # round 5 (heldout_v3 classes)
            fawatir =2  # round 5 (heldout_v3 classes)
            fawateer =2  # round 5 (heldout_v3 classes)
            fatourat =2  # round 5 (heldout_v3 classes)
            fatoura* =2  # round 5 (heldout_v3 classes)
            fulus =2
            flous =2
            flus =2
            masari =2
            masare =2
            mesari =2
            fatura* =2
            fatoora* =2
            fawater =2
            dein =2
            dyoon =3
            duyun =3
            qard =2
            2ard =2
            bank =1
            daf3 =1
            edfa3 =1
            msa3ade =1
            mosa3ada =1
            masareef =1
            ma m3i masari =3
            ma 3ndi masari =3
            fatoret =2
            kahraba =2
            na2es =2
            naqes =2
            ma nazal =2
            ma nzlet =2
            skat =2
            ejar =2
            mesari =2
            masari =2
            fuloos =2
            flous =2
            fatura =2
            fawateer =2
            dyoon =3
            dyun =3
            edfa3 =1
            edfa3 el ijar|ejar|eejar =3
            ndfa3 el ijar|ejar|eejar =3
        """,
        "disability": """
            korsi mota7arrek =3  # round 5 (heldout_v3 classes)
            3arabiye =2  # round 5 (heldout_v3 classes)
            3arabaye 5assa =3  # round 5 (heldout_v3 classes)
            to7ad =3
            mto7ad =3
            taw7od =3
            e3a2a =3
            i3aqa =3
            mo3a2 =3
            mu3aq =3
            taw7od =3
            tawahod =3
            kursi mota7arek =3
            autism =3
            mosa3de mn el kommune =1
            masareef zyade =3
            el masareef el zyade =3
            kursi muta7arrek =3
            kursi mota7arrek =3
            takht 5as =3
            e3a8a =3
            i3a8a =3
            e3aqa =3
            mo3a8 =3
            mo3aq =3
            m3a8 =3
            korsi mota7arrek =3
            kursi mota7arek =3
            korsi 3ajal =3
            e7tiyajat khassa =3
        """,
        "family": """
            kurs lal ahel =3  # round 5 (heldout_v3 classes)
            mn2atel =2  # round 5 (heldout_v3 classes)
            kif et3amal ma3on =2  # round 5 (heldout_v3 classes)
            nt3amel m3ahom =2  # round 5 (heldout_v3 classes)
            tarbiet =2  # round 5 (heldout_v3 classes)
            tarbiye =2  # round 5 (heldout_v3 classes)
            nasi7a =1  # round 5 (heldout_v3 classes)
            awlad* =1
            wlad* =1
            ibni =1
            ebni =1
            binti =1
            bnti =1
            tefl =1
            tifl =1
            atfal =1
            talaq =3
            tala2 =3
            tarbiye =3
            tarbiya =3
            mora2e2 =2
            murahiq =2
            zawji =1
            3ayle =1
            ibni el murahiq =3
            murahiq =2
            ma byesma3 el kalam =3
            ma byesma3 kalami =3
            byetla3 bl leil =2
            vuggestue =2
            binit =1
            zghire =1
            zghir =1
            7adana =2
            tala2na =3
            metla2in =3
            ydakhen 7ashish =3
            7ashish =2
        """,
        "general": """
            n2a55er el mo3ed =3  # round 7 (heldout_v5 classes)
            n2a55er el maw3ed =3  # round 7 (heldout_v5 classes)
            fina n2a55er =3  # round 7 (heldout_v5 classes)
            ghayyart nimrti =3  # round 5 (heldout_v3 classes)
            nimra jdide =3  # round 5 (heldout_v3 classes)
            ra2m jdid =3  # round 5 (heldout_v3 classes)
            ra2mi el jdid =3  # round 5 (heldout_v3 classes)
            8ayyart ra2mi =3  # round 5 (heldout_v3 classes)
            ghayyart ra2mi =3  # round 5 (heldout_v3 classes)
            n2ajjel|n2ajel|2ajjel|2ajel|najel|ta2jeel|ta2jil|ghayer|nghayer|n8ayer maw3id|maw3ed|ejtima3 =3
            maw3id =1
            maw3ed =1
            mutarjem =2
            mtarjem =2
            3enwan =2
            raqam jdeed =2
            n2ajjel el maw3id =3
            ghayyer el maw3id =3
            maw3id =1
            rakam jdeed =2
            ra2mi el jdeed =2
            el ra2m =1
            mutarjim =2
            ntla2a =2
            nshoof ba3d =1
        """,
    },
    urgent={
        "violence": """
            darabni =2
            byudrubni =2
            bidrabni =2
            bydrabni =2
            yadrebni =2
            yudrubni =2
            3onf =2
            yhaddedni =2
            bi hadedni =2
            sikkeen =2
            sekeen =2
            s2keen =2
            yqtolni =2
            ra7 yi2tilni =2
            2atel =2
            shorta =2
            3al bab|3ind el bab =2
            byel7a2ni =2
            ma bikhalleeni etla3 =2
            7abesni =2
            bikasser =2
            hadadni =2
            byhadedni =2
            dafashni =2
            2aleli ra7 y2telni =2
            darabha =2
            darabo =2
        """,
        "self_harm": """
            inti7ar =3
            inte7ar =3
            enti7ar =3
            bidi mot =3
            biddi mout =3
            bdi mot =3
            bdi mout =3
            bdi moot =3
            biddi moot =3
            ana bamot =2
            2a2tol 7ali =3
            a2tol nafsi =3
            aqtol nafsi =3
            ma bdi 3ish =3
            ma biddi 3eesh =3
            mish 3ayez a3ish =3
            ma 3ad bdi =3
            a7san bala =3
            a7san bdooni =3
            ahsan bala =3
            a7san mn doni =3
            ma 7ada ra7 yeshta2li =3
            afkar sawda =3
            bfakker bel mot =3
            ta3bet mn 7ayati =3
            bdi ekhtfi =3
            bala3t kel el 7bob =3
            el kel a7san bala =3
        """,
        "child_at_risk": """
            mafqood =2
            mafkood =2
            ibni|binti|el walad|el bint ... da2i3|daye3|day3a =2
            ikhtafa =2
            ma reje3 =2
            ma raja3 =2
            la7alo bel bait =2
            la7alhom =2
            la7alo|la7ala|la7do bl|bel|fi bait|beit|bet =3
            ma fi 7ada kbeer =2
            ma ba3ref wen huwe|hiye|howe|hye|ra7|ra7et|rah|raha =3
            mn mbare7 ma reje3|rej3et =3
            nam barra =2
            athar darb =3
            kadamat =3
            5ayef yerja3 =3
            bidrobo|bidroba|bidrobhon =3
            ibni|binti|el walad|el bint|el tefl|el zghir|el zghire ... la7al*|wa7do|wa7da|lwa7do
            hereb mn el bait|bet|beit
            ma shefto mn
            darab ... ibni|binti|el walad|el bint
        """,
        "acute_illness": """
            fa2ed el wa3i =3
            ghayeb 3an el wa3i =3
            oghmi =3
            ma 2ader itnaffas =3
            ma b2dar at2anafas =3
            ma y2dar yitnafas =3
            naziif =3
            nazif =3
            is3af =3
            es3af =3
            tawari2 =3
            tashannoj =3
            7arara 3alye =2
            7arara 3alia =2
            7ararto|7arart|7ararta|7ararto|7arara 39|40|41 =3
            ma 3am yes7a|yfee2|yfi2|tes7a =3
            ma byes7a|btes7a =3
            sadri bewja3ni =3
            waja3 bsadri|bl sadr =3
            ma 3am yetnaffas|yitnafas|tetnafas =3
            nafaso ma2too3 =3
            shfafo zer2 =3
            wesho mayel =3
            ma 3am y2der y7ki =2
            bala3 7bob =3
            akhad 7bob kteer =3
            7bob kteer =3
            wa2a3 3a raso =3
            dam kteer =3
            ma byfee2 =3
            sadr* ... waja3|wja3|2alam|alam|dee2
            nafas* ... sa3b|sari3|w2ef
            7bob|hbob ... bala3|akhad|shereb
            wa2e3 mn
            ma 3am yestajeeb
        """,
    },
    # danger concepts, combined by bot/routing/urgent.py (COMBINATIONS): phrases separated by commas
    concepts={
        "headache": """
            suda3, rasu byewja3o, waja3 ras  # round 7 (heldout_v5 classes)
        """,
        "purple_spots": """
            bo2a3 banafsajiye, no2at banafsajiye, 7bub banafsaji  # round 7 (heldout_v5 classes)
        """,
        "vision_loss": """
            ma 3am yshuf mni7, 3am yshuf double  # round 7 (heldout_v5 classes)
        """,
        "abuse_burn": """
            by7ro2o bel sigara, bi7ro2o bel sigara, 7ara2o bel sigara, by7ro2a bel sigara  # round 7 (heldout_v5 classes)
        """,
        "intrude": """
            byfut 3a ghorfta, byodkhol ghorfta, byedkhol 3a ghorfeta, byfout 3ala ghorfta  # round 7 (heldout_v5 classes)
        """,
        "wont_go_home": """
            ma bdo yerja3 3al beit, ma bada terja3 3al beit, ma bdo yiji 3al beit, 5ayef yerja3 3al beit, 5ayfe terja3 3al beit  # round 7 (heldout_v5 classes)
        """,
        "veiled_threat": """
            ma ra7 tetla3i 3ayshe, msh ra7 t3ishi el marra el jaye, ra7 y5allini endam, ra7 y5alles 3aleh|3leh|3aleha|3layi, y5alles 3aleh|3leh  # round 7 (heldout_v5 classes)
        """,
        "lurking": """
            shft sayarto, shefet sayyarto, sayarto 2eddem, 2eddem el binaye, 2odam el bet, 3a bab el bet, kan 3al bab  # round 6 (heldout_v4 classes)
        """,
        "silenced": """
            la tetesli, ma tetesli, bas rasayel  # round 7 (heldout_v5 classes)
            ma ba2der e7ki, ma fiyi e7ki, 3m ektoblik mn telefon, mn telefon sa7bti, mn telefon sa7bi, 3mli 7alek, a3mel 7alak  # round 6 (heldout_v4 classes)
        """,
        "watched": """
            kasar telefoni, kasarli telefoni, rama telefoni, rama el telefon  # round 7 (heldout_v5 classes)
            5ad telefoni, khad telefoni, a5ad telefoni, akhad telefoni, sa7ab telefoni, bi2ra rasayli, byefta2 telefoni, bifattesh telefoni, 5ad tilifoni  # round 6 (heldout_v4 classes)
        """,
        "conditional": """
            iza, eza, law  # round 6 (heldout_v4 classes)
        """,
        "pregnant": """
            7amel, 7amle, hamel, hamle, 7aamil  # round 6 (heldout_v4 classes)
        """,
        "complaint": """
            shakwa, shakwe, ashteki, bade ashteki, ishtakeit  # round 6 (heldout_v4 classes)
        """,
        "harmless": """
            btetdakhal, byetdakhal, btetda5al  # round 6 (heldout_v4 classes)
            el wajibat, wajibat, el ta2s, hal ta2s, el jaw, hal jaw, el shite, el matar, el bus, el otobis, el tran, el 2etar, el za7me, za7me, el entezar, el daje, el 7ar, hal 7ar, el talj, el net, el internet, el app, waja3 snan, snane, dersi, waja3 dahr, dahre, waja3 ras, el ka77a, el ghasil, el jali, el tanzif, el emti7anat, emte7anat, el rtube, el 3afan  # round 6 (heldout_v4 classes)
        """,
        "moving": """
            ra7 nen2el, 3am nen2el, la2anno nen2el, mnen2el  # round 5 (heldout_v3 classes)
        """,
        "paperwork": """
            wra2, el wra2, hal wra2, awra2, el awra2, ma3amalat, el nizam  # round 5 (heldout_v3 classes)
        """,
        "online": """
            snap, snapchat, insta, instagram, tiktok, online, 3al net, 3al internet  # round 5 (heldout_v3 classes)
        """,
        "done": """
            ma 3ad fini, ma ba2a fiyyi kammel, ma ba2a fiyi kammel, ma ba2a fini, ma 3ad fiye, ma ba2der kammel, ma b2dar kamel, ma 3ad fiyi kamel, ma 3ad fini kamel, ma 3ad fiyi, ma ba2der at7ammal, ma 3ad fiyi at7ammal, mish 2adra kammel, mesh 2ader kammel  # round 6 (heldout_v4 classes)
            ma 3ad fiyi, ma 3ad fini, ta3ebt khalas, ma b2a fiyi, ma bqitch n9der  # round 5 (heldout_v3 classes)
        """,
        "drowsy": """
            ar5i ktir  # round 7 (heldout_v5 classes)
            na3san, na3sane, ma 3am yfta7 3yuno, ma 3am tefta7 3yuna, khab alood  # round 5 (heldout_v3 classes)
        """,
        "faint": """
            ra7 yoghma 3aleh, 2arib yo8ma 3aleh, ra7 yo8ma 3aleh, ra7 yoghma 3alaya  # round 5 (heldout_v3 classes)
        """,
        "hypo": """
            3am ye3ra2, 3am te3ra2, 3ar2an, 3ar2ane, day5, dayekh, day5a, msh merakkez, 3am ykharbet, 3am y5arbet, sha7eb, 3am yertjef  # round 5 (heldout_v3 classes)
        """,
        "diabetic": """
            sokkari, sukkari, 3ando sokkar, 3anda sokkar, 3ando el sokkar, insulin  # round 5 (heldout_v3 classes)
        """,
        "on_edge": """
            wa2ef 3al balcona, wa2ef 3al balkon, wa2fe 3al balkon, wa2ef 3al sate7, 3al jesr, wa2ef 3al shebbak  # round 5 (heldout_v3 classes)
        """,
        "not_picked_up": """
            ma 7ada ija ya5do, ma 7ada ija yakhdo, ma 7ada akhado, ma 7ada a5ado, ma 7ad ja ydih  # round 5 (heldout_v3 classes)
        """,
        "groom": """
            sawwarha, suwar, sowar, bi6lob suwar, talab suwar, 3am yb3atla rasayel  # round 5 (heldout_v3 classes)
        """,
        "gang": """
            fi shabab, shabab 3am, shabab kbar 3am, shabab bara  # round 6 (heldout_v4 classes)
            wlad chbar, wlad kbar, shabab kbar, wlad kbir, 3isabe, khallaw ibni, 5allaw ibni, khallawh ywasil, jabaroh, baket, packet  # round 5 (heldout_v3 classes)
        """,
        "confine": """
            2afel 3alay el bab, 2afel 3alayi el bab, 2afal 3alay el bab, sakkar 3alay el bab, msakker 3alay, 2afel 3layi, 2afel 3alayna el bab  # round 6 (heldout_v4 classes)
            ma bikhallina nitla3, ma bi5allina netla3, ma bi5allini otla3, ma bikhallini otla3, mane3na netla3, mamnou3 otla3, ma kaykhallinach nkhrjo  # round 5 (heldout_v3 classes)
        """,
        "papers_taken": """
            akhad el basboret, a5ad el basborat, a5ad el jawazat, akhad el jawazat, akhad jawazi, a5ad jawazi, 5abba el jawazat, khabba el jawazat, a5ad awra2i  # round 5 (heldout_v3 classes)
        """,
        "hunt": """
            b ya3ref 3enwanna el jdid, 3eref 3enwanna el jdid, 3eref wen sakneen  # round 7 (heldout_v5 classes)
            ra7 la2iki, bla2iki, bla2ikon, ra7 la2ikon  # round 6 (heldout_v4 classes)
            3am ydawer 3alayna, 3am ydawer 3alayi, 3am ydawwer 3alayna, 3am yfatesh 3alayna, wa2ef barra el bab, jayi la3anna, kaydawer 3lina, kayqalleb 3lina  # round 5 (heldout_v3 classes)
        """,
        "hide": """
            sakkarna el bab, 2afalna el bab, sakkarna 3alayna  # round 5 (heldout_v3 classes)
            3and jarti, 3and el jiran, 3nd jiranna, ne7na bel 7ammam, ana wel wlad bel 7ammam, ana w el wlad bel 7ammam, m2afleen bel 7ammam, m5abbaye, mkhabbaye, m5abayin, 2afalna 3ala 7alna, sakkarna 3ala 7alna  # round 5 (heldout_v3 classes)
        """,
        "rage": """
            3am ydo2 3al bab, 3am ykhabet 3al bab, 3am yedrob 3al bab  # round 5 (heldout_v3 classes)
            kasar el bab, kassar el bab, khala3 el bab, 5ala3 el bab, 3am ykasser kel shi, kassar kel shi, kassar el beit, 3am yermi el ghrad  # round 5 (heldout_v3 classes)
        """,
        "strangle": """
            7at ido 3ala ra2bti, 7at ido 3a ra2bti, ido 3ala ra2bti, ideh 3ala ra2bti, khana2ni, 5ana2ni, maskni mn ra2bti, 3am y5ne2ni, 7awal y5ne2ni  # round 5 (heldout_v3 classes)
        """,
        "demand": """
            bado masari, bedo masari, baddo masari, talab flous, ybghi flous, bgha flous, jabarni a3tih, ghasabni a3tih, a5ad masariyi, akhad masariyi  # round 5 (heldout_v3 classes)
        """,
        "codes": """
            el ramz, ramz, password, el pin, pin, code el bank, el code, kart el bank, el kart, mitid  # round 5 (heldout_v3 classes)
        """,
        "entrust": """
            el wlad lazem ykuno ma3 setton, el wlad yedallo ma3 emmi, diri balek 3a wladi  # round 7 (heldout_v5 classes)
            diro balkon 3al wlad, dir balak 3al wlad, diri balek 3al wlad, entebho 3ala wladi, ehtamo bwladi, khalli balak 3alayhom, 5allo balkon 3al wlad, dero balkom 3la wladi, dir balek 3la wladi, 3tanaw b wladi  # round 5 (heldout_v3 classes)
        """,
        "farewell_soft": """
            iza ma radet 3lek ba3d el yom, iza ma radet ba3d el yom  # round 7 (heldout_v5 classes)
            shukran 3ala kel shi, shokran 3ala kol shi, shukran 3ala kol shi, merci 3ala kel shi, hek a7san, hek a7san lal kel, heik a7san, akher risale, a5er risale, akher resala, a5er resale, akher risala  # round 5 (heldout_v3 classes)
        """,
        "pharmacy": """
            saydaliye, wasfe  # round 4 (heldout_v2 classes)
        """,
        "enjoy": """
            enbasato, enbaset, mokhayyam, re7le, 7afle  # round 4 (heldout_v2 classes)
        """,
        "exposed": """
            bala jacket  # round 7 (heldout_v5 classes)
            bl bard, bel bard, bl shite, bel shite, bardan, bardane, 3am yebki, 3am tebki, 5ayef, khayfe, la7alo, la7ala, sakkar el bab  # round 4 (heldout_v2 classes)
        """,
        "droop": """
            nazel, nezel, nazle, nezle, mayel, mayle, markhi  # round 4 (heldout_v2 classes)
        """,
        "hopeless": """
            ay mosta2bal, ma fi mosta2bal, ma shayef mosta2bal, ma shayfe mosta2bal, ma fi amal, ma 3andi amal  # round 4 (heldout_v2 classes)
        """,
        "shut_out": """
            el bab msakkar, el bab m2fool  # round 7 (heldout_v5 classes)
            sakkar el bab, 2afal el bab  # round 4 (heldout_v2 classes)
            ma 7ada fata7lo, ma 3am yfta7o, ma 7ada bel bet, ma 7ada bl beit  # round 4 (heldout_v2 classes)
        """,
        "disobey": """
            ma byesma3 kalami, ma btesma3 kalami, byedal barra, btedal barra, ma3 shabab, ma3 r2fato, 7aflet  # round 4 (heldout_v2 classes)
        """,
        "dropout": """
            tarak el madrase, tarak el ma3had, wa2af dirasto, tarak el dirase  # round 4 (heldout_v2 classes)
        """,
        "drugs": """
            7ashish, hashish, mokhaddarat, bydakhen  # round 4 (heldout_v2 classes)
        """,
        "hyperbole": """
            el mudir, mudiri, el ostez, el m3alme, t2akhart, iza t2akhart  # round 4 (heldout_v2 classes)
            el fawatir, el fatura, el fa7es, el emti7an, el emte7an, el daje, el shoghl, el 7arr, el war2at, el da7ek, el film, el madrase  # round 4 (heldout_v2 classes)
        """,
        "tell": """
            iza ro7t 3al, iza ro7ti 3al, iza r7ti, law ro7ti, ila mchiti l  # round 5 (heldout_v3 classes)
            7akayti la 7ada, 7akeet la 7ada, 2elti la 7ada, khabbarti 7ada, r7t 3a bet ahli, ru7ti 3a bet ahlek, rou7ti 3and ahlek, iza r7t, iza ru7ti, ettasalti bel shorta, r7ti 3al shorta  # round 4 (heldout_v2 classes)
        """,
        "follow": """
            ra7 t2ablo, bada t2ablo, ra7 tshoufo el leile  # round 5 (heldout_v3 classes)
            yestanna binti, yestanna ibni, 3am yestanna, trou7 ma3o, tro7 ma3o, yrou7 ma3o, b sayyarto  # round 4 (heldout_v2 classes)
            yel7a2ha, yel7a2o, 3am yel7a2ha, la7a2ha, l7a2ha, yentorha, sayyarto, b sayyarto  # round 4 (heldout_v2 classes)
        """,
        "stranger": """
            fi rajjal, wa7ad kbir, shab ghareeb  # round 4 (heldout_v2 classes)
            rajjal ghareeb, zalame ghareeb, wa7ad ma ba3rfo, shakhs ghareeb  # round 4 (heldout_v2 classes)
        """,
        "outdoors": """
            3al balcon, bel balcon, 3al balkon  # round 7 (heldout_v5 classes)
            barra, bara, 3al daraj, bel daraj, bl share3, 3al share3, bel bard, ma 7ada fata7lo, ma 3am yfta7o, ma rje3 3al bet, ma raja3 3al beit  # round 4 (heldout_v2 classes)
        """,
        "night": """
            el masa, hal masa, lyom bel lel, el yom bel lel  # round 6 (heldout_v4 classes)
            tul el lel, kel el lel, mn embere7 bel lel, men mbare7 bel lel, bel lel, bl lel, mn nos el lel, el leile  # round 4 (heldout_v2 classes)
        """,
        "sudden": """
            mn el dohr, mn el sob7, mn se3a  # round 4 (heldout_v2 classes)
            faj2a, faj2atan, 3al sari3  # round 4 (heldout_v2 classes)
        """,
        "one_side": """
            ma 3am t2dar t7arrek, ma 3am y2dar y7arrek, ma 3am ta2der t7arrek ida  # round 6 (heldout_v4 classes)
            ida el shmal, ido el shmal, ida el yamin, ido el yamin, ma 3am tet7arrak, ma 3am yet7arrak ido  # round 4 (heldout_v2 classes)
            nos wejjo, nos wejja, nos wejho, nos wejha, nos wijjo, jiha wa7de, janb wa7ad, wejho mayel, wejha mayel, wejjo nezel, wejha nezel, ido da3ife, ida da3ife  # round 4 (heldout_v2 classes)
        """,
        "speech_loss": """
            kalam mish mafhoum, kalam msh mafhum, 3am yi7ki kalam mish mafhoum  # round 7 (heldout_v5 classes)
            7akyo|7akya|kalamo|kalama|w7akyo|w7akya|wkalamo|wkalama ... msh|mish|mesh mafhoum|mafhum|wade7  # round 6 (heldout_v4 classes)
            kalamo msh mafhoum, kalama msh mafhoum, kalama mkharbat, kalamo mkharbat, 3am ykharbet bl 7aki  # round 4 (heldout_v2 classes)
            ma 3am y2dar yi7ki, ma 3am ya2der yi7ki, ma 3am t2dar t7ki, ma fi yi7ki, ma fiya t7ki, 7aki ghareeb, 7akyo ghareeb, lsano t2il  # round 4 (heldout_v2 classes)
        """,
        "give_away": """
            a3tet dahabi, 3atet dahabi, dahabi la e5ti, 3tet dahabi, waza3t gharad el wlad  # round 7 (heldout_v5 classes)
            be3et kel ghradi, ba3et kel ghradi, be3et kel shi, ba3t ghradi, 3tet el bsayne  # round 5 (heldout_v3 classes)
            3tet ... ghradi|dahabi, 3atet ... ghradi|dahabi  # round 4 (heldout_v2 classes)
            wazza3et ghradi, wazza3t eghradi, 3atet ghradi, 3tet ghradi, wazza3t kel shi  # round 4 (heldout_v2 classes)
        """,
        "no_need": """
            ma 3ad fi da3i tet3abo, ma tez3alo 3layi, la t2la2o 3layi, ma t5afo 3layi, ma tkhafo 3alayi  # round 5 (heldout_v3 classes)
            ma 3ad bade shi, ma ra7 e7tejon, ma 3ad e7taj, ma ba2a bade shi  # round 4 (heldout_v2 classes)
        """,
        "forgive": """
            samhuni, sam7uni, sam7ini, samhini, sam7ni, asfe 3ala kel shi, asef 3ala kel shi, b7ebkon kelkon  # round 4 (heldout_v2 classes)
        """,
        "farewell": """
            katabt wasiyti, wasiyti, katabet wasiyte  # round 7 (heldout_v5 classes)
            3am twadde3 el kel, 3am ywadde3 el kel, wadda3et el kel, wadda3 el kel  # round 6 (heldout_v4 classes)
            2oulo la wladi enni b7ebbon, oulo la wladi eni b7ebon, 2oululon enni b7ebbon, golo lwladi kanbghihom  # round 5 (heldout_v3 classes)
            katabt risale, katabt rasayel, katabt risala, risalet wada3, rasayel wada3, wadda3t  # round 4 (heldout_v2 classes)
        """,
        "send": """
            yeb3atni, yeb3atouha, yb3atoha, yeb3ato, bado yeb3at, yrsloha
        """,
        "height": """
            balkon, el balkon, balcon, jesr, el jesr, shebbak, el shebbak, sate7, el sate7, train
        """,
        "jump": """
            irmi 7ali, armi 7ali, ermi 7ali, o2fez, 2of2oz
        """,
        "minor": """
            shway, shwai, shwy, mish khatir, mesh 5atir, ma fi shi 5atir, basit, basita, 5afif
        """,
        "take": """
            ya5od, yakhod, bya5od, a5ad, akhad, khatf, 5atf
        """,
        "forced": """
            8asb 3anha, ghasb 3anha, bel 8asb, bl ghasb
        """,
        "abroad": """
            3al balad, barra, ysafer, safar
        """,
        "marry": """
            yjawwzo, yzawwjo, jawaz, zawaj
        """,
        "blade": """
            mous, moss, shfra  # round 5 (heldout_v3 classes)
            mous, mus, shafra, shfra, moos
        """,
        "peer": """
            walad bel saff, walad b saffo  # round 7 (heldout_v5 classes)
            walad tani, walad tene, bint tanye, wlad bl saff, wlad bel madrase, zamilo, zamila
        """,
        "lonely": """
            ma 3ando as7ab, ma 3anda as7ab, ma 3ando s7ab, as7ab, s7abo
        """,
        "yell": """
            3am yseeh, 3am ysee7, bisee7, yseeh, ysarrekh, 3am yserekh, 3am yksser, ykasser, bikasser, yksser
        """,
        "hit": """
            yidrob*, yedreb*, kaydrob*, kayedreb*, drebni, drabni, dorb, derbo, darabha, drabha, drebha, kayderb*  # round 5 (heldout_v3 classes)
            yedrb*, bedrb*, byedrb*, drabo, darabo, darab*, drab*, bedrob*, byedrob*, yodrob*, yedrob*,
            bidrob*, lakam*, rakal*, ye5ne2*, khana2*, 5ana2*, a3tada, ya3tadi, 3onf, tasfee2
        """,
        "hit_me": """
            kasarli idi, kasar idi, kasarli mna5iri  # round 7 (heldout_v5 classes)
            khana2ni, 5ana2ni, maskni mn ra2bti, dafashni, dafa3ni, rmani, dafashha, dafashna, darabni,
            darabne, byedrobni, bidrobni, yedrobni, darabna, darabha, bedrobha, bedrobo, bedrobon, darabon,
            bya2zini, a2zani
        """,
        "target": """
            ommi, ummi, omi, yemma, mama, mamti, mrati, mrti, khti, 5ti  # round 5 (heldout_v3 classes)
            mami, emmi, marti, zawjti, okhti, o5ti, ne7na, e7na
        """,
        "agent": """
            akhoya, a5oya, khoya, 5oya, rajli, raajli, jouji, bba, baba  # round 5 (heldout_v3 classes)
            3ammo, 5alo, jeddo, sido, jozi, jawzi, zawji, zoji, abi, abouy, bayi, baba, akhi, a5i, a5oy,
            khayi, 3ammi, 5ali, khali, zawj, talli2i, tali2i, sahbi, habibi, rejjali, abouh, abouha
            abouy, abuy, bayye, baye, jozi, jawzi, zawji, akhi, khayye, 5ayye, 3ammi, khali, tali2i, ex
        """,
        "threat": """
            y2ezzoh*, y2ezzon*, y2zoh*, y2zon*, ya2zoh*, bi2zoh*, bi2zon*, ye2zih*  # round 5 (heldout_v3 classes)
            hadad*, yhaded*, bihaded*, tahdid*, yhadid*, bihadedni, hadadni
        """,
        "kill": """
            ni2tlak, n2tlak, ni2tlo, n2tlo, ni2tolak, n2tolak, ni2tlik, bi2tlak, ra7 ni2tl*, yi2tlo, y2tlo, bi2tolni, bi2telni, y2telni  # round 6 (heldout_v4 classes)
            bidba7ni, ydba7ni, yidba7*, bidba7*, yqtl*, yqtel*, yqtol*, y9tl*, y9tel*, y9tloh*, n9tlek, ghadi y9tl*, ra7 yidba7*  # round 5 (heldout_v3 classes)
            y2tolna, y2tolni, y2tolkon, y2tolo, bi2tolna, ra7 y2tol, a2tol*, yo2tol*, yi2tel*, bi2tol*,
            bya2tol*, qatal, 2atal, yaqtol*, ydba7*, edba7
            bi2tel*, ya2tel*, y2tel*, bya2tel*, 2atalni, a2telak, a2telik  # round 4
        """,
        "weapon": """
            sakakeen, sakakin, skakin, sekakin, sakaken, sikakin  # round 6 (heldout_v4 classes)
            7zem, hzem, b7zem, bl 7zem, 2shat, sekkin, sikkin, sakin, skeen, sekine, slah, silah,
            mousaddas, msaddas
        """,
        "fear": """
            khayfa, 5ayfa, 5ayfe, 5ayfeh, khof, 5owf, mar3oob*, 5ayef*, khayef*, khayf*, 5ayf*, kha2if*,
            bkhaf, b5af, akhaf, a5af, nkhaf, n5af, ma5ouf, mar3oub*, mar3ub*, 5ofe, khofe
            khayfe, 5ayfe, khayfeh, khayef, 5ayef, khayfin, 5ayfin, mar3oob, mar3obe
        """,
        "home": """
            3al bet, lal bet, bl bet, erja3, arja3, rja3, nerja3, terja3, arou7 3al bet
        """,
        "unsafe": """
            lazem ma ya3ref wen ne7na, ma lazem ya3ref wen, m5abbaye mno, hrabt ma3 el wlad  # round 4 (heldout_v2 classes)
            mkhabayin, m5abayin, ykasser el bab, 3am ykasser, bykasser, ykasser, kasar kel shi,
            bi2fel 3lena, ba2fel 3alayna, a5ad el mofta7, mish amen, mesh amen, mu amen, ma b7es b aman,
            ma fi aman, 7abesni, habesni, 3onf osari
        """,
        "bruise": """
            3alamat, 3lamat, kadamat, kadme, athar darb
        """,
        "child": """
            weldi, wldi, wlidi, bnti, binti, wlad, lwlad, weld, bent  # round 5 (heldout_v3 classes)
            ibni, ebni, bnti, binti, benti, el walad, walad, el bint, tefl, tifl, atfal, el wlad, wlad,
            wladi, el z8ir, zghir, z8ir, z8ire, zghire, el baby, ebno, ebna, bento, 3omro, 3omra, snin,
            sneen
        """,
        "alone": """
            la7alo, la7alha, wa7do, la7ala, la7alon, wa7da, wa7don, lawa7do, lawa7da, ma fi 7ada, ma 7ada,
            tarako, tarakha, matrouk
            lal7al, lal7alo, lal7ala, la7alo, la7ala, la7alha, wa7do, wa7da, lwa7do, lwa7da, lawa7do, ma fi 7ada, mafi 7ada, ma 7ada ma3o, ma 7ada ma3a, ma fi 7ada bel beit, bala 7ada
        """,
        "missing": """
            ma rje3ch, ma rj3ch, ma rjech, ma jach, ma dkhelch, ma dkhalch l dar, ma rje3ch l dar  # round 5 (heldout_v3 classes)
            ma reje3et, ma rej3et, ma rij3et, ma reje3o, ma raj3o, ma nem|nemet|nemo bl bet, day3, dayi3,
            mafqood, mafqud, e5tafa, ikhtafa, ikhtafat, e5tafat, harab, harbet, hirib, ma reje3, ma raja3,
            ma rje3, ma raj3et, mish|mesh la2i*|la2ya*|la2ye*|la2ie*, ma la2ito, ma la2eto,
            ma ba3ref wenno|wenna|wen huwe|wen hiye|wen ra7, ma b3rf wen, ma ba3rif wen, ma rj3et, ma rj3,
            ma rij3et, ma reje3, ma raje3, ma raj3it, ma raja3, ma raja3it, ma ije, ma ijet, ma ajat,
            ma eja, ma ejet, mish 3arfin wen, ma 7ada shafo, ma 7ada shafa
        """,
        "suicide": """
            yentiher, bidu yente7er, bade ente7er, jara7t 7ali, jara7t 7alle, a2zi 7ali, 2azet 7ali,
            tenhi 7ayata, ra7 tenhi, enti7ar, inti7ar, ente7ar, nte7er, enta7er, a2tol 7ali, a2tol nafsi,
            enhi 7ayati, enhi 7ali
            e2tol 7ali, a2tol 7ali, 2tol 7ali, yi2tol 7alo, bdi e2tol 7ali, ente7er, inte7er, bfakker ente7er
        """,
        "want": """
            bada, bado, bidda, biddo, ma bada, ma bado  # round 6 (heldout_v4 classes)
            bdi, badde, biddi, bde, baddi, beddi, 3ayez, 3awez, nefse, bade
        """,
        "die": """
            ma 3ad kent mawjoud*, ma 3ad kun mawjoud*, ma kun mawjoud*, ma kon mawjoud*, ma 3ad 2kun mawjoud*  # round 6 (heldout_v4 classes)
            mout, mot, moot, emout, amout, mawt, el mot, meyet, e5tefe, ekhtefe
        """,
        "no_life": """
            mafeesh 7ad hayez3al 3alaya, mafish 7ad hayez3al 3alaya, ma 7ada ra7 yiz3al 3layi, ma 7ada ra7 yez3al 3alayi, ma 7ad ra7 yz3al, ma 7ada ra7 yifta2edni, ma7adesh hayez3al, ma bghitch n3ich, mabghitch n3ich, ma bghitsh n3ish, bghit nmout, bghit nmot, 3yit mn 7yati, 3yit mn had l7ya, ma bqitch baghi n3ich, bghit nmut  # round 5 (heldout_v3 classes)
            shu el fayde mn kel shi, shu el fayde, nam w ma fi2, nam w ma es7a, 3eb2 3al kel, 3eb2 3lekon, a7san iza r7t, a7san iza mitt  # round 4 (heldout_v2 classes)
            ma fi tari2, ma shayef tari2, ma fi 7al, ma fi sabab 3ish, ma 3ad fi sabab, ma 3andi sabab 3ish, el 7aya ma ela ma3na, kelkon btertaho mni, ra7 yerta7o mni, ma bade 3ish, ma bde 3ish, ma bdi 3ish, ma ba2a bade, wazza3et ghradi, wazza3t eghradi  # round 4 (heldout_v2 classes)
            iza sar fiyi shi, iza sar fiye shi, iza sarli shi, iza sar fini shi, rasayel la wladi
            katabt rasayel, wadda3t el kel, ma 3ad bade 3ish, ma 3ad bade 3eesh, bade nam w ma fi2
            bade nam w ma es7a, ma bdi 3eesh, ma bde 3ish, ma bdi 3ish, ma 3ad bdi
            a7san bala ya, a7san bdouni, afdal bdouni
            bala ya a7san, ta3ebt men el 7aya, ta3bet mn el hayat, ta3bt mn 7ayati, ma fi ma3na
            risalet wada3, rasayel wada3, b7al sarli shi, zh2et mn 7ayati
            bade moot, bdi moot, bde mout, bdi mout, bade mout, bidi moot, ta3bet mn el 7ayat, ta3ban mn 7ayati, ma bdi kamel, bdi khallis mn 7ayati, ya retni mayet
            ma 7ada ra7 yentebeh, ma 7ada ra7 yeshta2li, iza rou7t, iza mett
        """,
        "cut": """
            jra7t, jr7t, jre7t, jara7t  # round 5 (heldout_v3 classes)
            ejra7, jara7, a2ta3, a2zi, 2azi
            jara7*, jar7*, jra7*, 2at3et, a2ta3
        """,
        "self": """
            rasi, rassi  # round 5 (heldout_v3 classes)
            7ali, nafsi, idi, 3uru2i
            7ala, 7alo, 7ali, nafsa, nafso
        """,
        "breathe": """
            tnaffas*, yetnaffas*, yitnaffas*, btnaffas*, byetnaffas*, tanaffus, tnafos, nafaso, nafasa
            tetnaffas*, btetnaffas*, yetnafas*, titnaffas*, byetnafas*, nafas, nafaso, nafasa, tanaffos, tnaffos, nafso
        """,
        "trouble": """
            ma, mish, mesh, mu, sa3b, b sa3bi, bsu3ube, sari3, wa2ef, t2il, di2, de2
            msh, mish, mesh, ma, mu, sa3b, sa3beh, 3am yel8at, bisu3ube
        """,
        "chest": """
            sadr, sadri, sadro, sadra, 2alb, qalb, albi, albo, alba
        """,
        "pain": """
            yoja3*, byoja3*, bywaja3*, wja3*, yuja3*, waja3, wja3, yoja3, byoja3, bywaj3, bi wja3,
            alam, da8et, daghet, yde2, bide2, na8ez
        """,
        "unconscious": """
            o8me, oghme, o8me 3alay*, ghme 3alay*, 8ayb 3an el wa3i, fa2ed el wa3i, fa2ad el wa3i, o8mi,
            ughmi, oghmi, ma 3am yestajib, wa2e3 3al ard, mar5i
            ma 3am yt7arrak, ma 3am tet7arrak, mish 3am yet7arak, wa2e3 3al ard, wi23et 3al ard, 8ayeb 3an el wa3i, 8aybe 3an el wa3i, mo8ma 3alay
        """,
        "not_waking": """
            ma 3am yes7a|tes7a|yfi2|tfi2, ma byes7a|btes7a|byfi2, ma yes7a|tes7a, sa3b yes7a|tes7a,
            ma 3am ye2am
            ma 3am tes7a, ma 3am yes7a, mish 3am tes7a, mish 3am yes7a, ma 3am tfi2, ma 3am yfi2, ma fa2, ma fa2at, mish radi yes7a
            mish 3am yefi2, ma 3am yefi2, mish 3am tefi2, ma 3am tefi2, mish 3am yfi2, mish 3am tfi2, mish 3am yes7a, mish 3am tes7a
        """,
        "bleeding": """
            3am yenzif men rasu|rasa|rasi, yenzif ktir, 3am yenzif, nazif ktir  # round 7 (heldout_v5 classes)
            nazif, nazeef, yenzef, byenzef, tenzef, btenzef, dam kteer, dam ktir, el dam ma wa2af
        """,
        "seizure": """
            yertjef, yerjef, 3am yertjef, 3yuno la fo2, 3yuno lafo2, 3uyuno la fo2, tashanoj, tashannoj,
            yetshannaj, yetshanaj, 3am yetshanaj, nawbe sara3
        """,
        "blue": """
            azra2, zar2a, zur2, ramadi
        """,
        "lips": """
            shfafo, shafayfo, shafayef, shfef, shfafa, wejho, wijjo, wejha, lono, lona
        """,
        "poison": """
            jafel, klor, monazef, tasammom, tasamom, masmoum, bala3, bele3, bil3, kloor
        """,
        "overdose": """
            jor3a zayde, jor3a za2ide
        """,
        "pills": """
            7boub, 7bub, 7boub el nom, dawa, adwiye  # round 4 (heldout_v2 classes)
            7boob, 7bub, hboob, 7bob, dawa, adwiye, panadol, a2ras
            7abbat, 7abat, 7ebob, hboob, 7bub, dawa, adwieh, dwa
        """,
        "swallow": """
            bala3, bele3, bil3, kella, kellon, 3elbe, kamle, shreet
        """,
        "fever": """
            7arara, 7araro, 7ararto, 7ararta, 7rara, sa5ne, sukhne, m5an, mesta5en, homma
        """,
        "high": """
            40, 41, 42, 3alye ktir, 3alye kteer
        """,
        "stroke": """
            jalta, sakte, wejho mayel, tummo mayel, lsano t2il, shalal, 5adar
        """,
        "emergency": """
            is3af, es3af, el is3af, tawari2, el tawari2, 112
        """,
        "allergy": """
            7asasiye, hasasiye, tahasos, 2arse, las3a
        """,
        "swelling": """
            ntafa5, mnfou5, tawarrum, metwarrem, wirm
        """,
        "fall": """
            darab raso, darabet rasa, daraba rasa, wa2a3et, wi2i3, wa2e3, we2e3
        """,
        "head": """
            raso, rasa, ras, el ras
        """,
        "negation": """
            mish, mesh, mu, abadan, ba66al
        """,
        "police": """
            police, el police, shorta, el shorta, bolis, bolees
        """,
        "abduct": """
            ma ra7 tshufihom, ma rah tshoufon, a5ad el wlad bala
        """,
        "drunk": """
            2anani b kel mahal, 2anani fadye  # round 7 (heldout_v5 classes)
            sakranin, sekranin  # round 6 (heldout_v4 classes)
            yishrab, yeshrab, byeshrab, sharbaan, sharban, sakran, sekran
        """,
        "stab": """
            yet3an, ta3ano|ta3ana|ta3anni bl|bel|b sekkin|sekkine|sikkin
        """,
        "gather": """
            ejma3, 3am ejma3, jama3t, jma3t, khabbet  # round 4 (heldout_v2 classes)
            jama3t, mjamme3a, 5abbayt, ishtarayt
        """,
        "since": """
            mn lbar7, men lbare7, mn lbare7, mn el bare7  # round 5 (heldout_v3 classes)
            men mbere7, mn mbere7, mn yomen, men yomen
        """,
        "past": """
            zaman, mn zaman, men zaman, 2adeem, el 2adeem, abel snin, 2abel snin, sene el madye
        """,
        "resolved": """
            saro as7ab, t9alaho  # round 7 (heldout_v5 classes)
            halla2 hadi, sar hadi, kel shi hadi  # round 6 (heldout_v4 classes)
            halla2 mnee7, halla2 mni7a, ma sar shi, m6alla2in, mtalla2in, m6ala2in, mtala2in, infasalna,
            nfasalna, mni7 halla2, mnee7 halla2
        """,
        "recent": """
            mbere7, mbare7, mbere7a, lyom, el yom, el leile, marra tanye, men shway
        """,
        "kill_us": """
            y2tolna, bi2tolna, bya2tolna, ra7 y2tolna, rah y2tolna, y2tolkon, ydba7na, ra7 ydba7na
        """,
        "breathless": """
            ye2ta3 nafaso, 2a6e3 nafaso, nafaso m2a6a3, mish 3am yetnaffas, 3am ye5ta2, byekhtene2,
            ye5tene2, ma 3am ya5od nafas, nafaso ma2too3
        """,
        "ate": """
            akal, akalet, akalit, bala3, shereb, sherbet
            bel3at, bala3, bala3et, bele3, bil3it, akal, akalet, shereb, shirbet, shrbet, shareb
        """,
        "unresponsive": """
            ma 3am t7ki, ma 3am y7ki, ma 3am yet7arrak
        """,
        "unreachable": """
            ma 7ada 3am yefta7, ma 7ada fata7  # round 6 (heldout_v4 classes)
            ma kayjawbch, ma kayjaweb*, ma kayreddch, ma kayrod*, tilifon tafi, tiliphon tafi  # round 5 (heldout_v3 classes)
            ma 3am trod|yrod, telefono|telefona msakkar|mtaffa
        """,
        "of_him": """
            minno, minnu, mino, menno, mno, menna, mn jozi, men jozi, mn abouy
        """,
        "outside": """
            nayem bl share3, nam bl share3
        """,
        "hungry": """
            jo3anin, ma akalo, ma fi akl
        """,
        "fall_high": """
            wa2a3 mn el balcon, w2e3 mn el shebbak
        """,
        "vomit": """
            tet2aya, yet2aya, 3am yet2aya, 3am tet2aya, 3am yestafre8, 3am yestafregh, yestafrigh,
            estafragh
        """,
        "threat_me": """
            hadadni, yhadedni, byhadedni, bihadedni, 3am yhadedni, yhaddedna, 3am yhaddedna
        """,
        "institution": """
            landlord, sa7eb el bet, el kommune, jobcenter, el bank, el madrase
        """,
        "chronic": """
            aflastning  # round 7 (heldout_v5 classes)
            a7yanan, ahyanan, ba3d el a7yan, mn fatra, dayman
        """,
        "burn": """
            7tara2, in7ara2, 7ara2 7alo
        """,
        "crying": """
            teb2i, 3am teb2i, 3am yeb2i, yeb2i  # round 7 (heldout_v5 classes)
            3am yebki, 3am tebki
            yibki, ybki, 3am yibki, 3am ybki, tibki, 3am tibki, 3am yib2o, ybko, 3am ybko
        """,
        "question_ok": """
            3adi hek, masmou7, tabi3i
        """,
    },
    guards="""
        darbet shams  # round 5 (heldout_v3 classes)
        darabni|darbatni|darabetni|darabna el|al bard|ra4e7|7arr|shams|grippe  # round 5 (heldout_v3 classes)
        n2tol|2atalna el wa2t
        mitna mn el da7ak
        ma3 7ada
        la7ali|wa7di|lawa7di ma3 el wlad|wladi
        ma fi 7arara
        bmot mn el da7k
        bmoot fik
        khayfa at2akhar
    """,
    courtesy="""
        3id mubarak  # round 7 (heldout_v5 classes)
        eid mubarak  # round 7 (heldout_v5 classes)
        kifik  # round 5 (heldout_v3 classes)
        kifak  # round 5 (heldout_v3 classes)
        kifkom  # round 5 (heldout_v3 classes)
        kifkon  # round 5 (heldout_v3 classes)
        ma fi moshkle  # round 5 (heldout_v3 classes)
        mish moshkle  # round 5 (heldout_v3 classes)
        msh moshkle  # round 5 (heldout_v3 classes)
        asef ma radet  # round 5 (heldout_v3 classes)
        la heik ma radet  # round 5 (heldout_v3 classes)
        khales el charge  # round 5 (heldout_v3 classes)
        5ales el shaj  # round 5 (heldout_v3 classes)
        telefoni fasal|mat|tafa  # round 5 (heldout_v3 classes)
        ba3at el wra2  # round 5 (heldout_v3 classes)
        ba3atlek el wra2  # round 5 (heldout_v3 classes)
        ba3atlek|ba3at|ba3atet|7atet|7atayt|rafa3t ... boks|eboks  # round 5 (heldout_v3 classes)
            bas 7abbet 5abbrak|khabbrak
            7abbet 5abbrak|khabbrak
            el7amdulillah
            alhamdulillah
            el hamdella
            hamdella
            kan mni7|mnee7|7elo|kwayes
            mara2 mni7
        shukran
        shokran
        shukrun
        mashkoor
        mashkur
        yslmo
        ya3tik el 3afye
        alhamdulillah
        kel shi tamam
        kello tamam
        mashi el 7al
        ra7 et2akhar
        el7amdulillah
        hamdilla
    """,
    acknowledgements="tamam tmam tmm tayeb mashi ok okay",
    requests="""
        shu a3mel
        shu na3mel
        mosa3ada
        musa3ada
        msa3de
        sa3idni
        sa3edni
        bdi
        biddi
        ana b7aja
        mu7taj
        me7taj
        mumkin
        momken
        kif
        keef
        emta
        wen
        wein
        moshkle
        moshkla
        mushkila
        masha2el
        so2al
        ma bafham
    """,
    function_words="""
        ana enta inta huwe hiye e7na homme fi min mn 3ala ila 3an ma3 w aw bas hada hadi
        shu eh ma la kan kanet 3ndi 3andi li lak ho ya
    """,
)
