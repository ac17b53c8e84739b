"""Danish routing lexicon; also the institution words families use inside every other language."""

# ruff: noqa: E501  (a lexicon phrase stays on one line, however long)

from bot.routing.lexicon import Lexicon

LEXICON = Lexicon(
    language="da",
    domains={
        "employment": """
            jobnet =3  # round 5 (heldout_v3 classes)
            job =2
            jobbet
            jobs
            jobbe*
            jobcent* =3
            jobcenter* =3
            jobsøg* =2
            jobsamtale* =2
            jobkonsulent* =3
            arbejde
            arbejdet
            arbejder
            arbejdsløs* =2
            arbejdsgiver* =2
            arbejdsplads* =2
            ledig* =2
            fyret =2
            fyring*
            a kasse =2
            akasse* =2
            dagpenge* =2
            løntilskud* =2
            fleksjob* =2
            virksomhedspraktik* =2
            ressourceforløb* =2
            aktivering* =3
            sagsbehandler* =1
            praktik =2
            praktikken =2
            sprogskole* =2
            danskuddann* =2
            sprogcent* =2
            sygedagpenge* =2
            chef*
            vagter
            cv =2
            ansøgning* job*
            søge arbejde|job =2
            jobcentret =3
            jobcentre* =3
            jobsamtale* =3
            samtale på jobcent* =3
            sygemeld* =2
            arbejdsprøvning* =3
            kontrakt på arbejde* =2
            arbejdstilladelse* =3
            opsagt fra mit job|arbejde =3
            mistet mit job|arbejde =3
            rengøringsjob* =3
            deltidsjob* =3
            fuldtidsjob* =3
            nyt job =3
            jobansøgning* =3
            ansøge om job =3
            mentor =1
            jobrettet* =2
            lønseddel* =1
            timer om ugen =1
        """,
        "education": """
            gymnasi* =3  # round 5 (heldout_v3 classes)
            kan uu =2  # round 7: "uu" alone folds to "u", a Somali word in every message
            uu eller =2  # round 7
            uu danisman*|center*|centret|vejledning* =3  # round 7
            uu vejleder* =3  # round 5 (heldout_v3 classes)
            uddannelse* =2
            uddanne*
            ungdomsuddann* =3
            erhvervsuddann* =3
            erhvervsskole* =3
            su =2
            suen =2
            su lån =2
            gymnasi* =2
            hf =2
            hhx =2
            htx =2
            stx =2
            vuc =2
            eud =2
            fgu =2
            produktionsskole* =2
            efterskole* =2
            universitet* =2
            studie* =2
            studere*
            studerende* =2
            læreplads* =3
            elevplads* =3
            praktikplads* =3
            lærling* =2
            optag* uddann*|studie*|gymnasi*|skole*
            ansøg* uddann*|studie*|gymnasi*|skole* =2
            uu vejleder* =3
            vejleder* =1
            kursus* =1
            eksamen* =1
            droppe ud =2
            droppet ud =2
            fritidsjob* =2
            10 klasse =2
            tiende klasse =2
            ungdomsskole* =1
            karakter* =1
            optagelse* =2
            studieplads* =3
            lærling* =2
            lærlingeplads* =3
            elev på =1
            eux =2
            sosu =2
            pædagogassistent* =2
            frafald* =2
            skifte uddannelse =3
            starte på en uddannelse =3
            kørekort =1
            studiejob* =2
        """,
        "school": """
            skole =2
            skolen =2
            skolens =2
            skoler
            skolelærer* =3
            skoleleder* =3
            skolebus* =2
            skoledag* =2
            skolegang* =2
            folkeskole* =3
            klasse* =1
            klasselærer* =3
            lærer =2
            læreren =2
            lærerne =2
            lærerens =2
            fravær* =2
            pjæk* =3
            aula =3
            forældremøde* =3
            skole hjem samtale* =3
            lektie* =2
            frikvarter* =2
            sfo =2
            fritidshjem* =2
            fritidsklub* =1
            mobbe* =2
            mobning* =2
            mobbet =2
            undervisning* =1
            specialklasse* =2
            skoleskift* =2
            skolefravær* =3
            skolefritidsordning* =2
            lejrskole* =3
            skoletur* =2
            skolepsykolog* =2
            skolesundhedsplejerske* =2
            klassekammerat* =2
            lærerinde* =2
            matematik =1
            dansktimer* =1
            skoleskema* =1
            møde med skolen =3
            skolen ringede =3
            børnehaveklasse* =2
            0 klasse =2
            specialklasse* =2
            skolepasning =2
            modtageklasse* =3
            skole hjem =3
            skolehjem =2
            timerne =1
            lærerinden =2
        """,
        "health": """
            læge =2
            lægen =2
            lægens =2
            lægehus* =2
            lægevagt* =2
            egen læge =2
            syg =2
            syge =1
            sygdom* =2
            sygehus* =2
            sygeplejerske* =2
            hospital* =2
            medicin* =2
            piller =1
            psykolog* =2
            psykiat* =2
            psykisk* =2
            psyke* =2
            depress* =2
            angst* =2
            ondt =2
            smerte* =2
            tandlæge* =2
            tænder =1
            feber* =2
            hoste* =1
            forkølet =2
            influenza =2
            corona =1
            gravid* =2
            jordemoder* =2
            sundhedsplejerske* =2
            sundhed* =1
            kan ikke sove =2
            søvn* =1
            stress* =1
            misbrug* =1
            alkohol* =1
            hash =1
            skadestue* =2
            vaccin* =2
            ked af det =1
            trist =1
            diabetes =2
            astma =2
            allergi* =2
            behandling* =1
            undersøgelse* =1
            genoptræning* =2
            fysioterapeut* =2
            henvisning* =1
            recept* =2
            scanning* =2
            apotek* =2
            tid hos lægen =3
            læger =2
            lægeerklæring* =1
            øjenlæge* =3
            hudlæge* =3
            speciallæge* =3
            ørelæge* =3
            sygeplejersk* =2
            hjemmesygeplejerske* =2
            blodprøve* =2
            ambulatori* =2
            operation* =2
            tid på sygehuset =3
            ondt i =2
            hovedpine* =2
            mavepine* =2
            rygsmerte* =2
            ondt i ryggen =2
            svimmel* =2
            træt hele tiden =1
            bekymringer =1
            panikanfald* =3
            ptsd =3
            traume* =2
            sorg =1
            samtaler med en psykolog =3
            briller =1
            graviditet* =2
            abort* =2
            prævention =2
        """,
        "housing": """
            radiator* =2  # round 5 (heldout_v3 classes)
            renovering* =2  # round 5 (heldout_v3 classes)
            nedrivning* =3  # round 5 (heldout_v3 classes)
            genhus* =3  # round 5 (heldout_v3 classes)
            elevatoren =3  # round 5 (heldout_v3 classes)
            elevator* =3  # round 5 (heldout_v3 classes)
            fællesvaskeri* =3  # round 5 (heldout_v3 classes)
            vaskeri* =3  # round 5 (heldout_v3 classes)
            bolig =2
            boligen =2
            boliger =2
            boligselskab* =3
            boligforening* =3
            boligsocial* =2
            boligkontor* =2
            lejlighed* =2
            husleje* =2
            huslejen =2
            udlejer* =3
            vicevært* =2
            flytte* =1
            flytning* =2
            skimmel* =3
            fugt* =2
            varmen =1
            radiator* =2
            opsigelse* =1
            opsagt =1
            udsættelse* fra
            fogeden =1
            hjemløs* =3
            tag over hovedet =3
            værelse* =1
            herberg* =3
            lejekontrakt* =3
            lejemål* =3
            depositum* =2
            bo hos =1
            sted at bo =3
            beboer* =1
            opskriv* =3
            skrive op|os op =2
            venteliste* =1
            større lejlighed|bolig =3
            vand i kælderen =2
            reparation* =1
            badeværelse* =1
            flytte til en større =3
            bytte lejlighed =3
            boligbytte* =3
            skrevet op =2
            ventelisten =1
            fraflytning* =3
            indflytning* =3
            istandsættelse* =3
            vandskade* =3
            utæt* =2
            rotter =3
            mus i =2
            kakerlak* =3
            varmt vand =2
            ingen varme =3
            støj* fra naboen|naboerne =2
            naboen =1
            naboerne =1
            lejer* =1
            for lille =1
            trangt =2
            hjemløs =3
            sofa* hos =2
            drypper =2
            loftet =1
            køkkenet =1
            køkken =1
            badeværelset =1
            toilettet =1
            vinduet =1
            vinduer =1
            døren =1
            elevator* =2
            opgangen =1
            trappeopgang* =1
            varmeapparat* =2
            fyret virker ikke =3
            lækker =2
            utæt =2
            vandet =1
            kælder* =1
            råd i =1
            skadedyr =3
            væggelus =3
            for lille lejlighed =3
            bytte bolig =3
        """,
        "economy": """
            penge =2
            pengene =2
            regning* =2
            gæld* =3
            skylder =2
            kontanthjælp* =3
            ydelse* =2
            ydelsen =2
            udbetaling* =2
            udbetaling danmark =3
            skat =2
            skatten =2
            skattekort* =2
            bank* =1
            inkasso* =3
            rykker* =2
            afdrag* =2
            budget* =2
            råd til =2
            har ikke råd =3
            børnepenge* =3
            børnecheck* =3
            børneydelse* =3
            elregning* =3
            strømmen =1
            lån =1
            låne* penge =2
            betale* =1
            betaling* =1
            betalt =1
            kr =1
            kroner =1
            mobilepay =1
            konto* =1
            pension* =1
            integrationsydelse* =3
            enkeltydelse* =3
            særlig støtte =2
            økonomi* =3
            økonomisk* =3
            mad til =1
            fogedret* =2
            restance* =2
            tilskud* =1
            boligstøtte* =3
            bagud med =2
            e boks =1
            penge til mad =3
            madpenge =3
            ingen penge =3
            mangler penge =3
            tom for penge =3
            sms lån =3
            kviklån* =3
            overtræk* =2
            telefonregning* =3
            varmeregning* =3
            vandregning* =3
            forsikring* =1
            familieydelse* =3
            ydelsen er =2
            modregn* =3
            tilbagebetal* =3
            skattegæld* =3
            restskat* =3
            a kasse =1
            hjælp til tandlæge =2
            nødhjælp* =1
            julehjælp* =2
            penge fra kommunen =3
            fripladstilskud* =3
            friplads =3
            hjælp til betaling =3
            dyr =1
            dyrt =1
            for dyrt =2
            vinterjakker =1
            tøj til børnene =2
            mangler penge =3
            ingen penge =3
            rykker fra =3
            bøde* =2
            regningen =2
            regningerne =2
            kan ikke betale =3
            ikke kan betale =3
            betale huslejen|husleje =3
            kan ikke betale huslejen =3
        """,
        "disability": """
            høreapparat* =3  # round 5 (heldout_v3 classes)
            handicap* =3
            paragraf 41|42|44 =3
            merudgift* =3
            tabt arbejdsfortjeneste =3
            aflastning* =3
            hjælpemid* =3
            kørestol* =3
            autis* =3
            adhd =2
            diagnose* =1
            udviklingshæm* =3
            funktionsneds* =3
            støttekontaktperson* =2
            ledsage* =1
            specialskole* =1
            døv =2
            døve =2
            blind* =2
            cerebral parese =3
            særlige behov =2
            handicaptillæg* =3
            bil til =1
            handicappet =3
            fysisk handicap =3
            psykisk handicap =3
            udviklingsforstyrrelse* =3
            epilepsi =1
            hjælpemiddel* =3
            høreapparat* =3
            specialseng* =3
            ble* =1
            bleer =1
            aflastningsfamilie* =3
            aflastningsophold* =3
            paragraf 41 =3
            kompensation* =2
            bevilling* =1
            visitation* =1
            nedsat funktionsevne =3
            socialpædagog* =1
            bostøtte* =2
            handicapbil* =3
            handicapparkering* =3
            downs syndrom =3
            cerebral parese =3
            kørestol* =3
            aflastning* =3
            handicapbil* =3
        """,
        "family": """
            dagpleje* =3  # round 5 (heldout_v3 classes)
            dagplejer* =3  # round 5 (heldout_v3 classes)
            børn =1
            børnene =1
            barn =1
            barnet =1
            søn =1
            sønnen =1
            datter* =1
            min søn =1
            min datter =1
            opdrag* =3
            forældre* =1
            forældreevne* =3
            skilsmisse* =3
            samvær* =3
            forældremyndighed* =3
            familiebehandl* =3
            familieafdeling* =2
            familierådgiv* =3
            familiehus* =2
            anbring* =3
            anbragt =3
            plejefamilie* =3
            børnesag* =2
            underretning* =3
            teenager* =2
            pubertet* =2
            konflikt* =1
            skændes =2
            regler derhjemme =2
            skærmtid* =2
            grænser =1
            vuggestue* =2
            dagpleje* =2
            børnehave* =2
            pasning* =2
            baby =1
            familie* =1
            lytter ikke =2
            hører ikke efter =2
            raserianfald* =2
            opførsel* =1
            eksmand* =1
            far til =1
            kommer hjem sent =2
            forældrekursus* =3
            forældrerådgivning* =3
            familierådgiver* =3
            familiebehandler* =3
            familiekonsulent* =3
            børnefaglig* =3
            sengetid* =2
            putte* =1
            søskende* =2
            storebror =1
            lillebror =1
            lillesøster =1
            storesøster =1
            skænderier =2
            råber =1
            uenige om =1
            eksmanden =1
            barnets far =2
            barnets mor =2
            samværsaftale* =3
            familieretshuset =3
            bopæl* =1
            dagplejer* =2
            institution* =1
            legestue* =1
            fritidsklub =1
            mobiltelefon* =1
            gaming =2
            computerspil* =2
            kommer sent hjem =2
            vil ikke i seng =2
            teenager* =2
            kommer hjem kl =2
            om natten =1
            plads i vuggestue* =3
            vuggestue* =2
            børnehave* =2
            dagpleje* =2
            ryger hash =3
            ryger joints =3
            tager stoffer =2
        """,
        "general": """
            nyt nummer =3
            skiftet nummer =3
            ny adresse =2
            flytte|rykke|ændre|aflyse|udskyde mødet|møde|moedet|tiden|aftalen|samtalen =3
            møde =1
            mødet =1
            mødes =1
            adresse* =2
            tolk* =2
            hvem skal jeg ringe til =2
            ringe til mig =1
            nyt nummer|telefonnummer =2
            ny telefon =2
            blanket* =1
            formular* =1
            udfylde =1
            hjælp til at udfylde =2
            mitid =2
            nemid =2
            oversætte* =2
            oversættelse* =2
            tidspunkt* =1
            aflyse =2
            kommunen =1
            borgerservice =2
            ny adresse =2
            nye nummer =2
            skiftet nummer =2
            mødes med dig|jer =2
            kan ikke komme til mødet|møde|samtalen|aftalen =3
        """,
    },
    urgent={
        "violence": """
            slår|slog|sparker|sparkede|tæsker|tævede|banker|bankede|kvæler|kvalte|skubber|skubbede mig|os|hende|ham|mor|min|mine|børn*|barn*
            slået mig|os|hende|ham|børn*|barn*
            han|hun|far|mor|manden|kæresten slår|slog|sparker|truer|truede
            vold*
            voldtæg*
            truer mig|os
            truede mig|os|med
            kniv*
            overfald*
            krisecenter*
            bange|rædselsslagen|skræmt for|af ham|hende|dem|far|mor|manden|kæresten|stedfar*|onkel*|bror*
            bange|rædselsslagen|skræmt for|af min|mit|sin|hendes|hans mand|far|mor|eksmand|ekskæreste|kæreste|stedfar|onkel|bror|fætter|svoger|svigerfar
            bange for mit liv
            frygter for mit|mine|vores liv|børn*|sikkerhed
            tør ikke ... hjem|hjemme
            ikke tryg* ... hjem|hjemme|derhjemme
            utryg* ... hjem|hjemme|derhjemme
            tvangsægteskab*
            æresrelater*
            blå mærker
            låst inde
            låser mig inde
            forfølger*
            seksuelt misbrug*
            misbruger mig|hende|ham
            rører ved mig|hende|ham|min
            står|stod uden for døren|døre|vinduet|vinduerne
            følger efter mig
            holdt|holder mig fast
            må ikke gå ud
            lukker mig ikke ud
            kaster med ting
            smadrer|smadrede
            tog min telefon
            har taget mine|vores pas
            truer med at tage børnene
            truer med at slå|dræbe|skade
            slå mig|os|hende|børnene
            skadet mig|hende|os
            gør mig|os fortræd
            hårdhændet
            tvinger mig|hende
        """,
        "self_harm": """
            selvmord* =3
            tage mit liv
            tage livet af mig
            vil dø
            ville dø
            have lyst til at dø
            vil ikke leve
            gider ikke leve
            orker ikke at leve|leve
            ikke leve mere
            ikke lyst til at leve
            ingen grund til at leve
            hellere være død
            skære i mig selv
            skærer i mig selv
            skade mig selv
            skader mig selv
            gøre skade på mig selv
            selvskade*
            cutter
            ende det hele
            slutte det hele
            ende mit liv
            overdosis
            alle pillerne
            ikke være her mere
            forsvinde for altid
            død ... mig selv
            bedre uden mig =3
            ikke vågne igen|op =3
            sove for evigt =3
            ingen mening med noget|livet =2
            ingen vil savne mig =3
            mørke tanker =3
            tanker om at dø =3
            tænker på at dø =3
            giver op på livet =3
            ikke orker livet =3
            vil bare forsvinde =3
            afskedsbrev* =3
            sige farvel til alle =3
            taget alle mine piller =3
            skåret i mig =3
            har skåret =2
        """,
        "child_at_risk": """
            børn*|barn*|søn*|datter*|dreng*|pige* ... alene hjemme
            alene hjemme ... børn*|barn*|baby|år
            forsvundet
            stukket af
            løbet hjemmefra
            ikke kommet hjem
            kommet hjem i nat
            savnet
            kan ikke finde min|mit|vores søn|datter|dreng|pige|barn|børn*|lille*
            omsorgssvigt*
            efterladt
            smidt ud
            slår mit|mine|vores barn*|børn*|søn*|datter*
            barn*|børn*|søn*|datter* ... slået|slår
            alene i lejligheden|huset
            ingen voksne
            ingen voksen hjemme
            ingen hjemme
            låst ude
            ved ikke hvor han|hun|de er
            væk siden i går|nat|morges
            løbet væk
            sover udenfor|på gaden
            mærker på kroppen|armen|ryggen|halsen
            mærker efter
            brandmærker
            bange for at gå|tage|komme hjem
            bange for sin|hans|hendes far|mor|stedfar|bror
            tør ikke tage|gå|komme hjem
            slår hende|ham|dem
            har slået hende|ham|min|mit|børnene|os
            slået af
            ryster af skræk
            gemmer sig
            ingen mad i flere dage
            børn*|barn*|søn*|datter*|dreng*|pige*|baby|lille* ... alene ... hjemme|lejligheden|huset|bilen|natten
            alene i bilen
            bange for at gå|komme|tage hjem
            tør ikke sove hjemme
            løbet væk hjemmefra
            ikke set siden
            har ikke spist i|siden
            slog|slår|sparkede|sparker ... barnet|drengen|pigen|min søn|min datter|lillebror
            voldsom* ved børnene
            onkel ... rørt|rører
            græder ... alene
            ikke været hjemme siden
            alene ... siden i går|i nat|dage|døgn
        """,
        "acute_illness": """
            bevidstløs*
            besvim*
            krampe*
            kramper
            kan ikke trække vejret
            trække vejret
            vejrtrækning*
            åndenød
            brystsmert*
            ondt i brystet
            bløder
            blødning*
            39|40|41 i feber
            feber på 39|40|41
            høj feber
            vil ikke vågne
            kan ikke vågne
            helt slap
            ambulance*
            112
            hjerteanfald*
            slagtilfælde*
            blodprop*
            forgift*
            spist piller
            allergisk reaktion
            slået hovedet
            brækket armen|benet|hånden|foden|næsen
            meget syg
            rigtig syg
            alvorligt syg
            kaster blod
            blå i hovedet|ansigtet|læberne
            vågner ikke
            slugt
            trykken|smerter|smerte|stikken i brystet =3
            brystet gør ondt =3
            kan ikke få luft|vejret =3
            får ikke luft =3
            trækker vejret mærkeligt|dårligt|tungt|hurtigt|underligt =3
            hiver efter vejret =3
            skæv i ansigtet|munden =3
            hængende mundvig =3
            kan ikke tale|snakke ordentligt =2
            snøvler =2
            lammet =3
            kan ikke bevæge =2
            taget for mange piller =3
            for mange piller|tabletter =3
            slugt piller|pillerne|tabletter =3
            hævet i ansigtet|halsen|læberne =3
            hævet op =2
            reagerer ikke =3
            besvimede =3
            faldet om =3
            segnet om =3
            kaster op hele tiden =2
            blod i opkast =3
            meget dårlig =2
            rigtig dårlig =2
            kold og bleg =2
            ikke til at vække =3
            svær at vække =3
            feberkrampe* =3
            bryst* ... ondt|smerte*|trykken|stram
            ondt|smerter|trykken ... brystet
            vejret ... svært|tungt|mærkeligt|stoppet|hurtigt
            piller|tabletter|pillerne ... slugt|spist|taget|drukket
            slugt|spist|drukket|taget|tog ... piller|tabletter|rengøringsmiddel|opvaskemiddel|klorin|sæbe
            astmaanfald*
            sukkerchok*
            lavt blodsukker
            hjertet ... hamrer|banker vildt|springer
            faldet ned fra
            stiv i nakken
            blå i hovedet|ansigtet|læberne|huden
            ligger på gulvet
            kan ikke løfte armen|benet
            ansigtet ... skævt|hænger|mærkeligt
        """,
    },
    idioms={
        "violence": """
            slå|slår|slog|slaar ... ihjel
            dræber mig
            dræbe*
            myrde*
        """,
        "self_harm": """
            dør af
        """,
    },
    # danger concepts, combined by bot/routing/urgent.py (COMBINATIONS): phrases separated by commas
    concepts={
        "headache": """
            hovedpine, ondt i hovedet, voldsom hovedpine  # round 7 (heldout_v5 classes)
        """,
        "purple_spots": """
            lilla prikker, lilla pletter, prikker der ikke forsvinder, udslæt der ikke forsvinder når man trykker  # round 7 (heldout_v5 classes)
        """,
        "vision_loss": """
            kan ikke se ordentligt, ser dobbelt, ser sløret  # round 7 (heldout_v5 classes)
        """,
        "abuse_burn": """
            brænder ham|hende med cigaret*  # round 7 (heldout_v5 classes)
        """,
        "intrude": """
            kommer ind på hendes|hans værelse om natten, går ind til hende om natten, kommer ind i hendes seng  # round 7 (heldout_v5 classes)
        """,
        "wont_go_home": """
            vil ikke hjem, vil ikke komme hjem, tør ikke komme|tage|gå hjem, nægter at komme hjem  # round 7 (heldout_v5 classes)
        """,
        "veiled_threat": """
            ikke overlever næste gang, overlever ikke næste gang, næste gang overlever du ikke, sørge for at jeg fortryder, gøre det af med dig|mig|ham|hende  # round 7 (heldout_v5 classes)
        """,
        "lurking": """
            så hans bil, hans bil holder, uden for opgangen|huset|lejligheden, ved vores dør, ved min dør, foran opgangen|huset  # round 6 (heldout_v4 classes)
        """,
        "silenced": """
            ring ikke efter, ring ikke når han er hjemme, kun sms, skriv kun, ring ikke  # round 7 (heldout_v5 classes)
            kan ikke snakke frit, kan ikke tale frit, lade som om, lad som om, kan ikke ringe, han hører med, han må ikke se  # round 6 (heldout_v4 classes)
        """,
        "watched": """
            smed min telefon, smadrede min telefon, knuste min telefon, tog min telefon  # round 7 (heldout_v5 classes)
            læser mine beskeder|sms'er|smser, tjekker min telefon, tager min telefon, tog min telefon, tager telefonen, taget min telefon, har min telefon, lytter med  # round 6 (heldout_v4 classes)
        """,
        "conditional": """
            hvis  # round 6 (heldout_v4 classes)
        """,
        "pregnant": """
            gravid*, graviditet*  # round 6 (heldout_v4 classes)
        """,
        "complaint": """
            klage*, klager, utilfreds*  # round 6 (heldout_v4 classes)
        """,
        "harmless": """
            skemaer, skemaerne, blanketterne, papirerne  # round 6 (heldout_v4 classes)
            blander sig, brokker sig, blander hun sig  # round 6 (heldout_v4 classes)
            lektie*, vejret, det her vejr, regn, regnen, bussen, busserne, toget, trafikken, køen, ventetid*, larm*, støj*, varmen, sne, sneen, printer*, wifi, nettet, appen, hjemmesiden, tandpine, tænderne, rygsmerter, ryggen, hovedpine, hoste, vasketøj*, opvask*, rengøring*, indkøb, eksamen*, byggeri*, skimmel*, forkølelse*  # round 6 (heldout_v4 classes)
        """,
        "moving": """
            fordi vi flytter, vi flytter, flytning*, flytter til, vi skal flytte  # round 5 (heldout_v3 classes)
        """,
        "paperwork": """
            skema*, papirer*, formular*, ansøgning*, systemet, det system, e boks, eboks, mitid, nemid, blanket*, dokumenter*  # round 5 (heldout_v3 classes)
        """,
        "online": """
            snapchat, instagram, tiktok, online, på nettet, på internettet, over nettet, facebook  # round 5 (heldout_v3 classes)
        """,
        "done": """
            kan ikke mere, orker ikke mere, kan ikke klare mere, kan ikke klare det mere, giver op, kan ikke holde det ud mere, orker ikke mer, kan ik mere  # round 6 (heldout_v4 classes)
            jeg kan ikke mere, kan ikke mere, jeg er færdig, jeg orker ikke mere, jeg giver op  # round 5 (heldout_v3 classes)
        """,
        "drowsy": """
            slap og sløv, meget sløv  # round 7 (heldout_v5 classes)
            døsig, sløv, kan ikke holde sig vågen, kan ikke holde øjnene åbne, meget søvnig  # round 5 (heldout_v3 classes)
        """,
        "faint": """
            ved at besvime, er ved at besvime, besvimer snart, tæt på at besvime, lige ved at besvime  # round 5 (heldout_v3 classes)
        """,
        "hypo": """
            sveder, svedig, ryster, forvirret, bleg, svimmel, vrøvler, sløret, ved ikke hvor han|hun er  # round 5 (heldout_v3 classes)
        """,
        "diabetic": """
            sukkersyg*, diabet*, type 1, insulin  # round 5 (heldout_v3 classes)
        """,
        "on_edge": """
            står på altanen|taget|broen, sidder på altanen|taget|kanten, står ved kanten, oppe på taget  # round 5 (heldout_v3 classes)
        """,
        "not_picked_up": """
            ingen hentede ham|hende|dem, ikke blevet hentet, ingen har hentet ham|hende|dem, ingen kom og hentede, ingen henter ham|hende  # round 5 (heldout_v3 classes)
        """,
        "groom": """
            billeder af hende|ham, beder om billeder, nøgenbilleder, nøgenbillede, sender billeder til hende|ham, sendt billeder  # round 5 (heldout_v3 classes)
        """,
        "gang": """
            de store drenge, ældre drenge, nogle ældre drenge, bande, banden, bandemedlem*, tvang ham til at, fik ham til at sælge|bære|aflevere|gemme, sælge hash|stoffer, en pakke  # round 5 (heldout_v3 classes)
        """,
        "confine": """
            lader os|mig ikke gå, lukker os|mig ikke ud, må ikke forlade huset|lejligheden, må ikke gå ud, lader os|mig ikke gå nogen steder, låser os|mig inde  # round 5 (heldout_v3 classes)
        """,
        "papers_taken": """
            tog vores|mit|mine pas, tager vores|mit|mine pas, har taget vores|mit|mine pas, gemmer vores pas, tog mine papirer, taget mit opholdskort  # round 5 (heldout_v3 classes)
        """,
        "hunt": """
            ved hvor vi bor nu, kender vores nye adresse, fundet vores nye adresse, har fundet ud af hvor vi bor  # round 7 (heldout_v5 classes)
            finder mig, vil finde mig|os, han finder os  # round 6 (heldout_v4 classes)
            jeg finder dig|jer, finder dig, finder jer  # round 6 (heldout_v4 classes)
            leder efter os|mig, står uden for døren, står udenfor døren, venter uden for døren, er på vej herhen, kommer efter os|mig  # round 5 (heldout_v3 classes)
        """,
        "hide": """
            låst os inde, låste os inde, låst os inde i soveværelset|værelset  # round 5 (heldout_v3 classes)
            gemmer os, gemt os, låst os inde på badeværelset|toilettet|værelset, er på badeværelset, inde på badeværelset|toilettet, hos naboen, hos min nabo, flygtet til  # round 5 (heldout_v3 classes)
        """,
        "rage": """
            hamrer på døren, banker på døren og råber, sparker på døren, hamrede på døren  # round 5 (heldout_v3 classes)
            smadrede døren, smadret døren, sparkede døren ind, sparket døren ind, slog døren i stykker, ødelagde døren, brækkede døren, kaster med ting, smider med ting, smadrer alt, smadrede alt  # round 5 (heldout_v3 classes)
        """,
        "strangle": """
            kvalte mig, tog kvælertag på mig, hænderne om min hals, hånden om min hals, hænderne om halsen på mig, tog mig om halsen, klemte min hals, prøvede at kvæle mig  # round 5 (heldout_v3 classes)
        """,
        "demand": """
            kræver penge, kræver at jeg, vil have mine penge, tvinger mig til at give|overføre, skal give ham penge, tager mine penge, tvang mig til at give  # round 5 (heldout_v3 classes)
        """,
        "codes": """
            pinkode*, pin koden, pinkoden, adgangskode*, koden til, koderne til, mitid, nemid, bankkort*, dankort*, kodeord*  # round 5 (heldout_v3 classes)
        """,
        "entrust": """
            tager sig godt af mine drenge, passer godt på mine børn, børnene skal være hos min mor, børnene skal bo hos mormor  # round 7 (heldout_v5 classes)
            pas på mine piger|drenge|små, pas godt på mine piger|drenge, pas på pigerne|drengene  # round 6 (heldout_v4 classes)
            pas godt på børnene|ungerne|dem|drengene|pigerne, pas på mine børn|unger, tag jer af børnene|ungerne|dem, pas på dem for mig, pas godt på mine børn|unger  # round 5 (heldout_v3 classes)
        """,
        "farewell_soft": """
            hvis jeg ikke svarer efter i dag, svarer ikke mere efter i dag  # round 7 (heldout_v5 classes)
            tak for alt, tak for alt hvad du|i har gjort, tak for alt du|i har gjort, det er bedst sådan, det er bedre sådan, det er bedst for alle, min sidste besked, det her er min sidste besked, sidste gang i hører fra mig  # round 5 (heldout_v3 classes)
        """,
        "pharmacy": """
            apotek*, recept  # round 4 (heldout_v2 classes)
        """,
        "enjoy": """
            elskede det, hyggede, sjovt, lejrskole, lejr, spejder*, tur, overnatning, fest, festival  # round 4 (heldout_v2 classes)
        """,
        "exposed": """
            uden jakke, minusgrader  # round 7 (heldout_v5 classes)
            i kulden, i regnen, fryser, kold, kulde, regn, sne, græder, bange, alene, låste døren, låst ude  # round 4 (heldout_v2 classes)
        """,
        "droop": """
            hænger, hængende, faldet ned, skæv, ser forkert ud  # round 4 (heldout_v2 classes)
        """,
        "hopeless": """
            ingen fremtid, ser ingen fremtid, kan ikke se nogen fremtid, intet håb, ingen håb, håbløst, ingen vej frem  # round 4 (heldout_v2 classes)
        """,
        "shut_out": """
            smed ham|hende ud af lejligheden  # round 7 (heldout_v5 classes)
            låste døren, låst døren, lukket døren for  # round 4 (heldout_v2 classes)
            lukker ham|hende ikke ind, lukker ikke op, ingen åbner, låst ude, ingen hjemme  # round 4 (heldout_v2 classes)
        """,
        "disobey": """
            hører ikke efter, lytter ikke, gider ikke høre, bliver ude, er ude med vennerne, med sine venner, fester, til fest, kommer sent hjem  # round 4 (heldout_v2 classes)
        """,
        "dropout": """
            droppet ud, stoppet på skolen, forladt skolen, stoppede på uddannelsen, droppede ud  # round 4 (heldout_v2 classes)
        """,
        "drugs": """
            hash, joint, stoffer, ryger  # round 4 (heldout_v2 classes)
        """,
        "hyperbole": """
            chef, chefen, lærer, læreren, træner, for sent, kommer for sent  # round 4 (heldout_v2 classes)
            regninger, regningerne, eksamen, eksamenen, prøven, lektier, larm, larmen, arbejdet, varmen, skemaer, papirer, grin, grine, filmen, trafikken, skolen  # round 4 (heldout_v2 classes)
        """,
        "tell": """
            siger det til nogen, fortæller det til nogen, fortæller nogen, sige det til nogen, ringer til politiet, går til politiet, tager til mine forældre, hvis jeg går, hvis jeg forlader ham  # round 4 (heldout_v2 classes)
        """,
        "follow": """
            mødes med, skal mødes med, møde ham|en mand, ses med  # round 5 (heldout_v3 classes)
            venter på min|hende|ham, vil mødes med hende|ham, skriver til min datter|søn, tage med ham, gå med ham, ind i bilen  # round 4 (heldout_v2 classes)
            følger efter, fulgte efter, følger hende|ham, venter på hende|ham, hans bil, ind i hans bil  # round 4 (heldout_v2 classes)
        """,
        "stranger": """
            voksne mænd, nogle voksne mænd, ældre mænd  # round 5 (heldout_v3 classes)
            voksen mand, en ældre mand, en fyr  # round 4 (heldout_v2 classes)
            fremmed mand, en fremmed, en mand jeg ikke kender, ukendt mand, en mand vi ikke kender, mærkelig mand  # round 4 (heldout_v2 classes)
        """,
        "outdoors": """
            på altanen  # round 7 (heldout_v5 classes)
            udenfor, ude, i opgangen, på trappen, trappeopgangen, på gaden, i kulden, i parken, lukker ham|hende ikke ind, lukker ikke op, ingen åbner, låst ude  # round 4 (heldout_v2 classes)
        """,
        "night": """
            i aften, i nat, i aftes  # round 6 (heldout_v4 classes)
            hele natten, siden i går aftes, i nat, om natten, natten over, siden midnat, siden kl 22|23  # round 4 (heldout_v2 classes)
        """,
        "sudden": """
            siden frokost, siden i morges, for en time siden  # round 4 (heldout_v2 classes)
            pludselig, pludseligt, lige pludselig, ud af det blå, lige nu  # round 4 (heldout_v2 classes)
        """,
        "one_side": """
            munden hænger, mundvigen hænger, armen hænger, kan ikke bevæge armen|benet, venstre|højre arm|ben hænger  # round 4 (heldout_v2 classes)
            den ene side, i den ene side, halve ansigt, ansigtet hænger, mundvigen hænger, hængende mundvig, skæv i ansigtet, skævt ansigt, kan ikke løfte armen|benet, armen er svag|følelsesløs, højre|venstre side, højre|venstre arm  # round 4 (heldout_v2 classes)
        """,
        "speech_loss": """
            blander ordene, taler volapyk, snakker uforståeligt  # round 7 (heldout_v5 classes)
            uforståeligt, utydeligt, snøvlende  # round 4 (heldout_v2 classes)
            snakker mærkeligt|utydeligt|underligt|sløret|uforståeligt, taler underligt  # round 4 (heldout_v2 classes)
            kan ikke finde ordene, ordene blander sig, blander ordene, vrøvler, taler volapyk  # round 4 (heldout_v2 classes)
            kan ikke tale, kan ikke snakke, taler utydeligt|mærkeligt|sløret|uforståeligt, snøvler, sløret tale, ordene kommer forkert, kan ikke få ordene ud, giver ingen mening  # round 4 (heldout_v2 classes)
        """,
        "give_away": """
            givet mit guld, gav mit guld, mit guld til, min symaskine til, givet børnenes ting væk, givet børnetøjet væk  # round 7 (heldout_v5 classes)
            solgt alt, solgt alle mine ting, givet hunden|katten|kaninen væk|til, givet alt væk  # round 5 (heldout_v3 classes)
            givet ... mine ting|smykker|sager, foræret ... mine ting|smykker  # round 4 (heldout_v2 classes)
            givet mine ting væk, givet alle mine, giver mine ting væk, foræret mine, forærer mine, givet min|mine smykker|telefon|tøj  # round 4 (heldout_v2 classes)
        """,
        "no_need": """
            i skal ikke være kede af det, i skal ikke bekymre jer om mig, ikke bekymre jer mere, ingen grund til at bekymre sig om mig, i slipper for mig  # round 5 (heldout_v3 classes)
            skal ikke bruge dem|det mere, får ikke brug for, har ikke brug for noget mere, der hvor jeg skal hen, intet mere at gøre  # round 4 (heldout_v2 classes)
        """,
        "forgive": """
            tilgiv mig, undskyld for alt, tilgiv mig for alt, jeg elsker jer alle  # round 4 (heldout_v2 classes)
        """,
        "farewell": """
            skrevet mit testamente, skrev mit testamente, lavet mit testamente  # round 7 (heldout_v5 classes)
            siger farvel til alle, sagde farvel til alle, skrev farvel  # round 6 (heldout_v4 classes)
            sig til mine børn at jeg elsker dem, fortæl mine børn|unger at jeg elsker dem, sig til dem at jeg elsker dem  # round 5 (heldout_v3 classes)
            skrevet et brev|breve, skrev et brev|breve, afskedsbrev*, sagt farvel til, sige farvel til  # round 4 (heldout_v2 classes)
        """,
        "send": """
            sende, sender, sendt, sende mig|hende|ham
        """,
        "height": """
            altan, altanen, broen, bro, vinduet, vindue, taget, toget, skinnerne, foran toget
        """,
        "jump": """
            springe, springer, kaste mig, smide mig, hoppe ud|ned, hopper ud|ned, springe ud|ned
        """,
        "minor": """
            lidt, en smule, ikke slemt, ikke alvorligt, intet alvorligt, bare en skramme, lille
        """,
        "take": """
            tager, tage, tog, taget, bortføre*, kidnappe*
        """,
        "forced": """
            mod hendes|hans vilje, tvinge, tvunget, tvangs*
        """,
        "abroad": """
            udlandet, hjemlandet, til udlandet, ud af landet, tilbage til
        """,
        "marry": """
            gifte, gift bort, giftes, bryllup, ægteskab
        """,
        "blister": """
            vabler, vable, huden går af, huden falder af
        """,
        "peer": """
            en anden dreng|pige|elev, anden dreng|pige|elev, andre drenge|piger|elever|børn, klassekammerat*, en dreng fra klassen, en pige fra klassen
        """,
        "lonely": """
            ensom, ingen venner, har ingen venner, venner
        """,
        "yell": """
            råber, råbte, raser, smadrer, smadrede, smider med ting
            råbt, råbe, råben, skæld* ud, skældud, brøler, brølede, larmer og råber
        """,
        "hit": """
            slog min mor|far|søster, tæver min mor  # round 5 (heldout_v3 classes)
            slå, slår, slog, slået, tæsk*, tæver, tævet, tæve, banke, banker, bankede, banket, sparke*,
            sparker, sparkede, skubbe, skubber, skubbede, kvæle*, kvalte, lussing*, lussede, overfald*,
            mishandl*
            kvælertag, tog kvælertag, slog, sparkede, skubbede, rev mig i håret, tæsk, tæsker, gav mig en lussing
        """,
        "hit_me": """
            brækkede min arm, brækkede mit ben, brækkede min næse, knækkede min arm  # round 7 (heldout_v5 classes)
            kvalte mig|hende, kvælertag, tog mig om halsen, skubbede|skubbet mig|hende|os,
            han|hun|far|manden slår|slog|tæsker|bankede|sparker mig|os|hende|ham|dem|børnene|ungerne
        """,
        "target": """
            mig, os, min kone, hende, ham, dem, mor, søster, bror, konen
        """,
        "agent": """
            morfar, farfar, bedstefar, stedmor, mand, manden, min mand, eks, ekskæreste, ekskæresten,
            exmand, eksmand, kæreste, kæresten, far, faren, stedfar, stedfaren, bror, broren, onkel,
            svigerfar, svoger, partner
        """,
        "threat": """
            truer, truet, truede, trussel, trusler
        """,
        "kill": """
            dræbe, dræber, ihjel, myrde*
        """,
        "weapon": """
            bælte, bæltet, ledning, kniv, kniven, knive, våben, pistol, økse
            bat, baseballbat, hammer, kølle, jernstang, macheten
        """,
        "fear": """
            bange, tør ikke, tør ik, skræmt, rædselsslagen, frygter, skræk
            tør ikke, bange, rædselsslagen, skræmt, angst for
        """,
        "home": """
            gå|tage|komme|køre|tilbage hjem, hjemme, derhjemme, hjemad, være hjemme
        """,
        "unsafe": """
            må ikke vide hvor vi er, må ikke finde os, gemmer os for ham, flygtet med børnene, kan ikke tage hjem i nat  # round 4 (heldout_v2 classes)
            gemmer os, gemt os, smadrer døren, sparker døren, låst|låser|lukket ... inde, låser døren,
            tager nøglen|nøglerne, kan ikke komme ud, smadrer|smadrede ting|alt, ikke tryg, utryg, utrygt,
            vold, voldelig, voldelige, voldsramt, låst|låser mig|os inde, lukker mig|os ikke ud,
            bange|skræmt for ham|hende, bange|skræmt for min mand|far|eks, krisecent*, kvindekrisecent*
            smadret*, smadrer alt, smider med ting, kaster med ting
        """,
        "bruise": """
            brandmærker, mærker efter, sår på ryggen  # round 5 (heldout_v3 classes)
            blå mærker, blåt mærke, mærker på, brandsår, blåt|blå øje
        """,
        "child": """
            sin søn|datter, min søn|datter, vores søn|datter  # round 5 (heldout_v3 classes)
            barn, barnet, børn, børnene, søn, sønnen, datter, datteren, dreng*, pige*, baby, babyen,
            den lille, ungen, ungerne, årig, år gammel, teenager, tvillinger, lillebror, lillesøster
        """,
        "alone": """
            alene, efterladt, uden opsyn, uden voksne, selv hjemme, ingen voksne, ingen voksen,
            ingen hjemme
        """,
        "missing": """
            kommer ikke hjem, er ikke kommet tilbage, vil ikke komme hjem  # round 5 (heldout_v3 classes)
            ikke set|hørt ... siden, sov ikke hjemme, ikke sovet hjemme, har ikke været hjemme, forsvundet,
            forsvandt, savnet, bortløbet, løbet|løb|stukket|stak hjemmefra, stukket|stak af,
            ikke kommet hjem|tilbage, kom ikke hjem|tilbage, ikke hjemme siden,
            ved ikke hvor han|hun|de er, kan ikke finde ham|hende|dem, meldt savnet
            ikke kommet tilbage, ikke vendt hjem, er ikke kommet hjem, ikke dukket op, ingen har set ham|hende, væk siden
        """,
        "suicide": """
            ende det i nat|i aften, selvmord*, tage mit eget liv, tage mit liv, slå mig selv ihjel,
            ende mit liv, ende det hele, gøre en ende på det|livet, hænge mig
        """,
        "want": """
            vil ikke  # round 6 (heldout_v4 classes)
            vil, ønsker, lyst, gerne, bare
        """,
        "die": """
            ikke leve mere, vil ikke leve  # round 6 (heldout_v4 classes)
            død, døde, ikke vågne, forsvinde, ikke være her, dø nu, bare dø, gerne dø, vil dø, ville dø
        """,
        "no_life": """
            ingen vil være ked af det, ingen vil græde, ingen vil savne mig, ingen ville savne mig, ingen ville opdage det  # round 5 (heldout_v3 classes)
            ingen grund til at jeg er her, bedre når jeg er væk, bedre hvis jeg var væk, bedre hvis jeg var død, en byrde for alle, byrde for familien, sove og aldrig vågne, hvad er meningen med det hele, hvad er pointen med det hele  # round 4 (heldout_v2 classes)
            ingen vej ud, ser ingen vej ud, kan ikke se nogen vej ud, ingen udvej, ingen grund til at leve, ingen grund til at fortsætte, livet har ingen mening, klarer sig bedre uden mig, har det bedre uden mig, bedre uden mig, træt af at leve, vil ikke leve mere, gør en ende på det, gøre en ende på det, giver alle mine ting væk, givet alle mine ting væk, foraeret mine ting væk  # round 4 (heldout_v2 classes)
            sagt farvel til alle, skrevet breve til børnene, hvis der sker mig noget, sove og ikke vågne
            vil ikke leve, ikke leve mere, orker ikke livet, orker ikke at leve
            ingen mening med livet, ingen mening med at leve, meningsløst at leve
            bedre uden mig, bedre af uden mig, afskedsbrev*, sige farvel til alle, træt af livet
            træt af at leve, intet at leve for, ikke værd at leve
            vil ikke være her mere, vil ikke leve længere, har ikke lyst til at leve, ikke lyst til at leve
            vil bare sove for evigt, vil bare forsvinde, bedre hvis jeg var død
            ingen grund til at leve, ser ingen mening, ingen mening med noget, vil have det til at stoppe, træt af at leve
            byrde for alle, en byrde for familien, har taget afsked
            ingen ville savne mig, ingen vil savne mig, hvis jeg var væk, hvis jeg ikke var her, jeg vil ikke mere, sker noget med mig, ikke være her mere
        """,
        "cut": """
            skære, skærer, skar, snitte*, cutte*, cutter, skade, skader, brænde, brænder
        """,
        "self": """
            mig selv, mine arme, armene, håndled, håndleddet
        """,
        "breathe": """
            vejrtrækning*, åndedræt*, ånde, ånder, åndenød, trække|trækker vejret, få luft, luft
        """,
        "trouble": """
            ikke, svært, besvær*, stoppet, hurtigt, tungt, problemer, stopper, hiver
        """,
        "chest": """
            bryst, brystet, hjerte, hjertet
        """,
        "pain": """
            smerte*, ondt, trykken, trykker, stikker, snører, hamrer, jager, knuger
        """,
        "unconscious": """
            tabt|mistet|mistede bevidstheden, slap, slatten, bevidstløs, besvimet, besvimede, livløs,
            kollaps*, faldet|faldt om, reagerer ikke, helt slap, mistede|mistet bevidstheden
            helt slap, slap og, reagerer ikke, ingen kontakt, kan ikke få kontakt, segnet om, dejset om
        """,
        "not_waking": """
            vil ikke vågne, vågner ikke, kan ikke vække, svær at vække, kan ikke få liv i
        """,
        "bleeding": """
            bløder meget fra hovedet  # round 7 (heldout_v5 classes)
            bløder, blødning, blødninger, bløde, meget blod, masser af blod, blod overalt,
            hoster|kaster blod
        """,
        "seizure": """
            ryster over hele kroppen, øjnene ruller, øjnene vender, trækninger, kramper, krampe,
            krampeanfald, krampetrækninger, anfald
        """,
        "blue": """
            blå, blålig, grå, lilla
        """,
        "lips": """
            læber, læberne, ansigt, ansigtet
        """,
        "poison": """
            opvasketabs, sæbe, sprit, afløbsrens, lampeolie, rengøringsmiddel, forgiftet, forgiftning,
            klorin, opvaskemiddel, slugt, sluget, opvaskemid*, opvasketab*, rengøringsmid*, klorin,
            afløbsrens*, maskinopvask*, vaskemid*, giftig*, giften, forgift*
        """,
        "overdose": """
            overdosis, overdoser*
        """,
        "pills": """
            piller, sovepiller, tabletter, sovemedicin  # round 4 (heldout_v2 classes)
            piller, pillerne, tabletter, tabletterne, panodil, pamol, sovepiller, medicin, medicinen
        """,
        "swallow": """
            en håndfuld, en masse  # round 6 (heldout_v4 classes)
            alle, hele, glasset, pakken, pakke, slugt, sluget, for mange
        """,
        "fever": """
            feber, temperatur
        """,
        "high": """
            40, 41, 42, meget høj
        """,
        "stroke": """
            taler mærkeligt|utydeligt|sløret, blodprop*, hjerneblødning, slagtilfælde, hængende mundvig,
            skæv i ansigtet, sløret tale, lammet, lammelse
        """,
        "emergency": """
            ambulance, ambulancen, 112, akutmodtag*
        """,
        "allergy": """
            nødder, jordnødder, nøddeallergi, allergi*, allergisk, bistik, hvepsestik
        """,
        "swelling": """
            hæver, hævet, hævelse, svulm*, halsen, tungen
        """,
        "fall": """
            faldt, faldet, styrtede
        """,
        "head": """
            hovedet, hoved
        """,
        "negation": """
            ikke, aldrig, ik, ingen, ikk
        """,
        "police": """
            politi, politiet, politiets
        """,
        "forced_marriage": """
            tvangsægteskab, tvangsgift*, gifte hende|ham bort, gifte hende|ham væk
        """,
        "abduct": """
            aldrig ser|se dem|børnene|ungerne igen, hentet|taget ungerne|børnene uden lov, uden lov hentet
        """,
        "drunk": """
            flasker overalt, tomme flasker  # round 7 (heldout_v5 classes)
            forældrene er fulde, fulde forældre, forældrene drikker  # round 6 (heldout_v4 classes)
            drikker, fuld, beruset, drukket
        """,
        "stab": """
            stikke ham|hende|mig|dig|os, knivstik*, stukket ned
        """,
        "gather": """
            samlet, samler, sparet sammen, gemt, gemmer  # round 4 (heldout_v2 classes)
            samlet, sparet op, købt, pakker, pakke, gemt, gemmer, samler på, har samlet
        """,
        "since": """
            siden, i to|tre dage, siden i går|fredag|lørdag|søndag|mandag
        """,
        "past": """
            for mange år siden, år siden, for længe siden, plejede, sidste år, sidste måned, tidligere,
            dengang
        """,
        "resolved": """
            blevet venner  # round 7 (heldout_v5 classes)
            alt er roligt nu, der er ro nu, roligt siden, politiet har talt med ham  # round 6 (heldout_v4 classes)
            alt er fint, alt ok, har det fint nu, skilt, skilles, gået fra hinanden, har det godt nu,
            er fint nu, nu fint, er frisk
            har det godt nu, har det fint nu, er okay nu
        """,
        "recent": """
            i går, i nat, i dag, i aftes, i morges, lige nu, igen
        """,
        "kill_us": """
            slå os|jer|børnene ihjel, dræbe os|jer|børnene
        """,
        "breathless": """
            åndenød, kan ikke få luft, får ikke luft, kvæles, ved at kvæles, snapper efter vejret
        """,
        "ate": """
            fået fat i, fik fat i, fundet mine|hans, spist, spiste, slugt, slugte, drukket, drak, taget
            drukket af, drak af, drukket, slugt, slugte, spist, spiste, fået fat i
        """,
        "blade": """
            barberblad, barberblade, barberkniv, kniv
        """,
        "unresponsive": """
            kan ikke rejse sig, kan ikke stå op, siger ikke noget, kan ikke tale, bevæger sig ikke,
            reagerer ikke
        """,
        "unreachable": """
            ingen åbner døren, ingen lukker op, ingen åbner  # round 6 (heldout_v4 classes)
            slukket telefonen, slukkede telefonen, har slukket sin telefon  # round 5 (heldout_v3 classes)
            svarer ikke, telefonen er slukket
            slukket, telefonen er slukket, tager ikke telefonen, svarer ikke, kan ikke få fat i
        """,
        "of_him": """
            for ham, for hende, for min mand|far|eks|bror
        """,
        "outside": """
            sover i opgangen, sover på gaden, sover udenfor, ude hele natten, ude i kulden
        """,
        "hungry": """
            ikke fået mad, ingen mad, sulten, sultne, ikke spist, intet at spise
        """,
        "touch": """
            rører ved hende|ham, befamler, rørt ved hende|ham
        """,
        "fall_high": """
            faldet|faldt ned fra altanen|vinduet|taget, faldet|faldt ud af vinduet,
            faldet|faldt ned ad trappen
        """,
        "vomit": """
            kaster op, kastet op, brækker sig
        """,
        "threat_me": """
            han|hun truer|truede mig|os|børnene, truer med at slå|dræbe
        """,
        "institution": """
            udlejer, udlejeren, jobcenter*, kommunen, banken, skolen, boligforening*, inkasso, skat,
            sagsbehandler*
        """,
        "chronic": """
            aflastning*  # round 7 (heldout_v5 classes)
            nogle gange, tit, ofte, i flere uger|måneder|år, af og til, engang imellem
        """,
        "burn": """
            forbrændt, skoldet, kogende vand
            forbrændt, skoldet, brændt, brændte sig
        """,
        "crying": """
            græder, skriger
            græder, græd, skriger, skrige, skreg, hyler
        """,
        "out": """
            i opgangen, på gaden, på trappen
        """,
        "question_ok": """
            er det ok, er det i orden, er det okay, må de, er det lovligt, er det normalt
        """,
    },
    guards="""
        ud af sengen
        nødnummer*
        akuttelefon*  # round 6 (heldout_v4 classes)
        rystede på hovedet  # round 5 (heldout_v3 classes)
        ryster på hovedet  # round 5 (heldout_v3 classes)
        slog|slår bolden  # round 5 (heldout_v3 classes)
        sparkede|sparker|skød|skyder|ramte bolden  # round 5 (heldout_v3 classes)
            dræber|slår mig med
            slog|slået|slår|stødte hovedet|knæet|benet|armen|albuen|foden
            slog|slået|slår|stødte sig
        dør af træthed|grin|kedsomhed|sult|varme|nysgerrighed
        alene i|til|fra skole|skolen
        slå|slår|slaar|slog tiden ihjel
        slå|slår|slog|slået op
        slog op med
        slå|slår til
        slå|slår sig ned
        slå|slår fra
        slå|slår sammen
        alene med børnene|ungerne|dem|barnet|tre|to|fire
        alenemor|alenefar|eneforsørger
        alene om
        mand og børn
        kan ikke mere betale
        brystbetændelse
        ikke kommet hjem fra|til ferie
        slår|slog|slaar mig ihjel
        død træt
        dødtræt*
        dødssyg* af
        feber* ... væk|forsvundet|faldet|ovre|gået
        ingen feber
        ikke feber
        ikke længere feber
        slå op
        slår op
        slå tiden ihjel
        slår til
        slå på tråden
        slå et smut
        slår mig som
        slog mig at
        det slog mig
        gået i krampe over
        politiattest*
        ikke akut
        ikke noget akut
        ikke så akut
        ikke meget syg
        ikke alvorligt
        skoleskift
        feberen er gået
        var forsvundet men
        bange for at komme for sent
        truer|truede med at smide|opsige|sætte|udsætte
        truer|truede med opsigelse|udsættelse|inkasso|fogeden
        bange for at glemme
        dør af spænding|grin|nysgerrighed|kedsomhed|sult|varme
        politi* ... stjålet|cykel|anmeld*|attest|bøde|bil|pas
    """,
    courtesy="""
        god eid  # round 7 (heldout_v5 classes)
        eid mubarak  # round 7 (heldout_v5 classes)
        slår|slaar|slog tiden ihjel  # round 5 (heldout_v3 classes)
        tak for hjælpen|hjælp med ansøgning*|papirer*|brev*|skema*|formular*  # round 5 (heldout_v3 classes)
        undskyld jeg ikke svarede|har svaret  # round 5 (heldout_v3 classes)
        derfor svarede jeg ikke  # round 5 (heldout_v3 classes)
        telefonen|telefon|mobilen døde|var død|løb tør  # round 5 (heldout_v3 classes)
        har sendt papirerne|dokumenterne|lønsedlen|lønsedlerne  # round 5 (heldout_v3 classes)
        lagt|lagde|sendt|sendte|uploadet|uploadede ... e boks|eboks  # round 5 (heldout_v3 classes)
            til orientering
            bare så du ved det
            bare så i ved det
            ville bare fortælle
            ville lige fortælle
            gudskelov
            heldigvis
            gik godt
            gik fint
            var rigtig godt
            var en stor hjælp
            en stor hjælp
            tak for hjælpen
            tak for jeres|din hjælp
        tak for hjælpen
        hvordan går det
        tak
        tusind tak
        mange tak
        tak for i dag
        tak for hjælpen
        modtaget
        det passer
        god weekend
        god aften
        godnat
        vi ses
        ses
        på vej
        kommer lidt senere|senere|for sent
        gik godt
        gik fint
        alt er godt
        alt vel
        kommer 10|5|15|20 min senere
        er lidt forsinket
        det er i orden
    """,
    acknowledgements="ok okay okej oki fint super perfekt godt jamen aftale",
    requests="""
        hjælp
        hjælpe
        brug for
        har brug
        kan du|i
        vil du|i
        kunne du|i
        må jeg
        skal jeg
        hvordan
        hvornår
        hvad gør
        hvad skal
        hvor kan
        hvem kan
        ring
        ringe
        problem*
        spørgsmål*
        ansøg*
        bede om
        mangler
        ved ikke
        forstår ikke
        hvad gør jeg
        hvem skal
        bekymret
        bekymring*
        kan ikke
    """,
    function_words="""
        jeg du han hun vi i de den det der som og eller men at til fra med på af om for i en et
        min mit mine din dit dine sin sit sine vores jeres deres mig dig ham hende os dem er var
        har havde være været bliver blev kan kunne skal skulle vil ville må ikke også så nu her
        hvad hvor hvordan hvornår hvem hvorfor meget lidt mere noget nogen alle hej tak ok
    """,
)
