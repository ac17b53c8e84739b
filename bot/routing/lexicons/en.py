"""English routing lexicon."""

# ruff: noqa: E501  (a lexicon phrase stays on one line, however long)

from bot.routing.lexicon import Lexicon

LEXICON = Lexicon(
    language="en",
    domains={
        "employment": """
            job =2
            jobs =2
            job centre|center =3
            work =1
            working =1
            workplace* =2
            unemploy* =3
            employ* =2
            hired =2
            fired =2
            laid off =2
            boss =1
            manager =1
            resume =1
            internship* =2
            job interview* =3
            interview =1
            shifts =1
            career* =1
            apply for jobs =3
            job application* =3
            looking for work =3
            find work =3
            get a job =3
            benefits from the job centre =2
            jobcentre =3
            jobcenter =3
            job center =3
            activation =3
            work placement =3
            work experience =2
            sick leave =2
            sick note =1
            lost my job =3
            new job =3
            part time =1
            full time =1
            cleaning job =3
            contract =1
            work permit =3
            payslip =1
            colleague* =2
            apply for work =3
            job search =3
            job fair =3
        """,
        "education": """
            education* =3
            study =1
            studies =2
            studying =2
            student* =2
            college* =2
            university =3
            uni =2
            a|the|my|this|language course =2
            courses =2
            apprentice* =3
            exam* =1
            high school =3
            enrol* =2
            admission* =2
            vocational* =3
            degree =2
            student grant* =3
            su grant* =3
            training =1
            qualification* =2
            school leaving =2
            after ninth|9th|tenth|10th grade =3
            youth guidance =3
            guidance counsel* =3
            10th grade =2
            youth education =3
            apply for|to gymnasium|college|university|school =2
            drop out =2
            dropped out =2
            dropping out =2
            grades =1
            enrolment =2
            study place =3
            apprenticeship* =3
            trainee =2
            student loan =3
            driving licence|license =1
            change education =3
            start an education =3
            hf =2
            become a|an =1
            wants to become =2
            train as|to be =2
            nursing school =3
            trade school =3
            which education =3
            exams =1
            failed his|her|my exam|exams =2
            retake =2
            school leaving exam =2
        """,
        "school": """
            school =2
            schools =2
            schoolwork =2
            teacher* =2
            class =1
            classes =1
            classroom =2
            absence* =2
            absent =2
            attendance =3
            homework =2
            bully =2
            bullied =3
            bullying =3
            principal =2
            headteacher* =3
            head teacher =3
            parent meeting* =3
            parents meeting* =3
            parent teacher =3
            pupil* =2
            skipping|skips|skip|skipped school =3
            truan* =3
            after school club =2
            recess =1
            report card =2
            grades =1
            school trip =3
            camp school =3
            school psychologist =3
            school nurse =2
            classmate* =2
            maths|math =1
            reception class =3
            special class =2
            new school =2
            change school* =3
            school bus =2
            lunch at school =2
            school called|says|said|wrote =3
            meeting with the school =3
            late for school =3
            doesnt|doesn't|won't|wont go to school =3
            refuses to go to school =3
        """,
        "health": """
            vaccine* =3  # round 5 (heldout_v3 classes)
            vaccination* =3  # round 5 (heldout_v3 classes)
            cant sleep =2  # round 5 (heldout_v3 classes)
            not sleeping =2  # round 5 (heldout_v3 classes)
            really low =2  # round 5 (heldout_v3 classes)
            feeling low =2  # round 5 (heldout_v3 classes)
            doctor* =2
            gp =2
            hospital* =2
            sick =2
            ill =2
            illness* =2
            medicine* =2
            medication* =2
            pills =1
            psycholog* =2
            psychiatr* =2
            therap* =2
            depress* =2
            anxiety =2
            anxious =2
            pain* =2
            hurts =1
            dentist* =2
            fever* =2
            cough* =1
            flu =2
            pregnan* =2
            midwife =2
            nurse* =1
            mental* =2
            sleep =1
            can't|cant|cannot sleep =2
            stress* =1
            health* =2
            vaccin* =2
            diabet* =2
            asthma* =2
            prescription* =2
            emergency room =2
            addict* =2
            alcohol* =1
            drinking =1
            drugs =1
            sad all the time =2
            check up|checkup =2
            referral =1
            physio* =2
            allerg* =2
            doctor's appointment =3
            appointment with the doctor =3
            eye doctor =3
            specialist =1
            blood test* =2
            operation =2
            surgery =2
            headache* =2
            stomach ache =2
            back pain =2
            dizzy =2
            tired all the time =1
            panic attack* =3
            ptsd =3
            trauma =2
            grief =1
            glasses =1
            pregnancy =2
            abortion =2
            contracept* =2
            pharmacy =2
            pharmacist =2
            psychiatrist =2
            scan =2
            x ray =2
            vaccine =2
            mental health =3
            waiting list =1
            inhaler =2
            down lately =2
            feeling down =2
            low mood =2
            cant sleep =2
            doesnt sleep =2
            see someone =1
            therapist =2
            counsellor|counselor =2
            medical =2
            eye test =2
            hearing test =2
        """,
        "housing": """
            broken window =3  # round 5 (heldout_v3 classes)
            window is broken =3  # round 5 (heldout_v3 classes)
            radiator* =3  # round 5 (heldout_v3 classes)
            heating =3  # round 5 (heldout_v3 classes)
            elevator =3  # round 5 (heldout_v3 classes)
            lift =2  # round 5 (heldout_v3 classes)
            house =1
            housing =3
            flat =1
            apartment* =2
            rent =2
            rental =2
            landlord* =3
            evict* =3
            mould =3
            mold =3
            damp =3
            heating =2
            radiator* =2
            move out =1
            moving =1
            homeless* =3
            room =1
            shelter =1
            lease =2
            deposit =1
            repair* =1
            leak* =2
            neighbour*|neighbor* =1
            roof over =3
            place to live =3
            housing benefit* =3
            housing association* =3
            tenancy =3
            caretaker =2
            key* =1
            swap flat|apartment =3
            waiting list for a|an flat|apartment =3
            move to a bigger =3
            moving out =2
            moving in =2
            water damage =3
            leaking =2
            rats =3
            mice =2
            cockroach* =3
            hot water =2
            no heating =3
            noise from =2
            noisy neighbours|neighbors =3
            tenant* =2
            too small =1
            overcrowded =3
            sofa surfing =3
            boligforening* =3
            lease agreement =3
            rental contract =3
            balcony =1
            satellite dish =2
            heater* =2
            boiler =2
            ceiling =1
            bedroom* =1
            kitchen =1
            bathroom =1
            toilet =1
            shower =1
            window* =1
            stairwell =1
            elevator =1
            lift is broken =2
            broken since =1
            bigger place =3
            bigger flat|apartment|home =3
            place is too small =3
            two rooms =2
            our place =1
            the flat|apartment =1
            leaking roof =3
            dripping =2
            pest* =2
            bed bugs|bedbugs =3
            move house =3
            moving house =3
            notice to leave =3
            kicked out of the flat|apartment =3
        """,
        "economy": """
            money =2
            the|a|my|this|that|electricity|phone|water|heating|gas bill =2
            bills =2
            debt* =3
            owe* =2
            payment* =2
            pay =1
            paid =1
            benefit* =2
            bank* =1
            tax =2
            taxes =2
            loan* =2
            budget* =2
            afford* =2
            cash =1
            child benefit* =3
            electricity =1
            overdraft =2
            broke =2
            wage* =1
            salary =1
            pension* =1
            debt collector* =3
            arrears =3
            food bank =2
            no food =2
            economy =2
            financ* =2
            kontanthjaelp* =3
            social security =2
            allowance =2
            money for food =3
            no money =3
            out of money =3
            ran out of money =3
            quick loan* =3
            phone bill =3
            heating bill =3
            water bill =3
            insurance =1
            child allowance =3
            family allowance =3
            paid back =2
            pay back =2
            repay* =2
            tax debt =3
            skat =2
            e boks =1
            free place =2
            daycare subsidy =3
            help to pay =3
            rent arrears =3
            behind on rent =3
            behind with the rent =3
            months behind =2
            expensive =1
            too expensive =2
            cant afford =3
            can't afford =3
            fees =1
            reminder =1
            unpaid =2
            overdue =2
            invoice =2
            owe the kommune|municipality =3
            pay back =2
            paid back =2
            money for =2
            clothes for the kids =1
            food money =3
            credit card =2
            card got blocked =2
            blocked card =2
            cant pay =2
            can't pay =2
            pay|paying the rent =3
            pay rent =3
        """,
        "disability": """
            hearing aid* =3  # round 5 (heldout_v3 classes)
            disab* =3
            handicap* =3
            wheelchair* =3
            autis* =3
            adhd =2
            special needs =3
            respite =3
            carer =1
            mobility aid* =3
            hearing aid* =3
            aids =1
            deaf =2
            blind =2
            down syndrome =3
            cerebral palsy =3
            extra costs =3
            additional costs =3
            lost earnings =3
            lost income =2
            diagnos* =1
            section 41|42|44 =3
            paragraph 41|42|44 =3
            support person =1
            physical disability =3
            learning disability =3
            epilepsy =1
            aids =1
            hjaelpemiddel* =3
            special bed =3
            hearing aid =3
            nappies|diapers =1
            relief care =3
            respite care =3
            compensation =2
            support contact person =3
            disabled parking =3
            down's syndrome =3
            developmental =2
        """,
        "family": """
            child =1
            children =1
            kid =1
            kids =1
            son =1
            daughter =1
            parent* =1
            parenting =3
            custody =3
            divorce* =3
            visitation =3
            child welfare =3
            foster* =3
            placement =2
            placed =1
            family =1
            teenager* =2
            teen =1
            tantrum* =2
            won't listen|doesnt listen =2
            doesn't listen =2
            rules at home =2
            screen time =2
            daycare =2
            nursery =2
            kindergarten =2
            babysit* =2
            baby =1
            argue* =1
            arguing =2
            fights =1
            behaviour =2
            behavior =2
            ex husband =1
            ex wife =1
            my ex =1
            family therap* =3
            parenting course =3
            parent course =3
            family counsel* =3
            family therapy =3
            bedtime =2
            siblings =2
            brother and sister =2
            fighting all the time =2
            shouting =1
            yelling =1
            child's father|mother =2
            my ex husband|wife =2
            co parenting =3
            custody agreement =3
            visitation rights =3
            childcare =2
            child care =2
            after school =1
            gaming =2
            video games =2
            phone all night =2
            stays out =2
            comes home late =2
            won't go to bed =2
            foster family =3
            see the kids =3
            see my kids|children =3
            argue every day =3
            advice =1
            won't let me see =3
            step son|daughter =2
            stepson =2
            stepdaughter =2
            smokes weed =3
            smoking weed =3
            smokes pot =3
            taking drugs =2
            my teen =2
        """,
        "general": """
            my number changed =3
            changed my number =3
            new address =2
            change|move|reschedule|cancel|postpone|rebook our|the|my|a|this meeting|appointment|time =3
            meeting =1
            meet =1
            translate* =2
            translator* =2
            interpreter* =2
            address =2
            new number =2
            new phone =2
            phone number =1
            who do i call|contact|talk =2
            which department =2
            form =1
            forms =1
            fill out|in =1
            mitid =2
            nemid =2
            translation =2
            what time =1
            cancel =2
            new address =2
            changed my number =2
            my new number =2
            meet you =2
            meet up =2
            come with me =1
            can't|cant|cannot come|make it to the meeting|appointment =3
            call me back =2
            email address =2
            new email =2
            my email =1
        """,
    },
    urgent={
        "violence": """
            hit|hits|hitting|beat|beats|beating|kicked|kicks|slapped|slaps|punched|punches|choked|strangled|pushed|hurt|hurts|hurting me|us|her|him|mom|mum|mother|my|the
            he|she|husband|boyfriend|father|dad hit|hits|beat|beats|threatened|threatens
            violen* =2
            knife =2
            knives =2
            a|has|with|his gun =2
            assault* =2
            abuse* =2
            abusive =2
            rape* =2
            raped =2
            afraid|scared|frightened|terrified of him|her|them|husband|father|dad|boyfriend|stepdad|stepfather|uncle|brother
            afraid|scared|frightened|terrified of my|her|his husband|father|dad|boyfriend|stepdad|stepfather|uncle|brother|ex|partner|cousin
            fear for my|our|her|his life|safety|children|kids =2
            afraid for my|our life|safety =2
            not safe =2
            unsafe =2
            don't|dont|do not feel safe =2
            crisis centre|center =2
            women's|womens shelter =2
            locked ... in
            forced marriage =2
            kill us|her|him|you|them =2
            stalking =2
            bruises =2
            touches|touched me|her|him|my
            outside my|the door|window =2
            following me =2
            won't let me leave|out|go =2
            wont let me leave|out|go =2
            locks me in =2
            throws|threw|throwing things =2
            smashed|smashing =2
            took my phone|passport =1
            threatened me|us =2
            threatens to|me =2
            pushed me|her|him =2
            grabbed me|her|him =2
            hurt me|us|her|him =2
            said he|she would kill =2
        """,
        "self_harm": """
            suicid* =3
            kill myself =3
            killing myself =3
            end my life =3
            take my life =3
            want to die =3
            wanna die =3
            wish i was|were dead =3
            better off dead =3
            don't|dont|do not want to live =3
            no reason to live =3
            cut myself =3
            cutting myself =3
            hurt myself =3
            hurting myself =3
            harm myself =3
            self harm* =3
            overdose =3
            all the|my pills =2
            end it all =3
            not be here anymore =3
            disappear forever =3
            see the point =3
            no point in|anymore =2
            not wake up =3
            never wake up =3
            sleep forever =3
            better off without me =3
            better without me =3
            nobody|noone|no one would miss me =3
            dark thoughts =3
            thoughts of dying|death|ending =3
            thinking about dying|ending =3
            give up on life =3
            want to disappear =3
            goodbye letter* =3
            say goodbye to everyone =3
            took all my pills =3
            everyone would be better =3
            life is not worth =3
            tired of living|life =3
        """,
        "child_at_risk": """
            child|children|kids|son|daughter|baby ... home alone
            home alone
            missing =2
            ran away =2
            run away =2
            runaway =2
            hasn't|hasnt|didn't|didnt|not come|came home
            not come home
            can't|cant|cannot find my|our son|daughter|child|kid|kids|children|boy|girl|baby
            neglect* =2
            left alone
            kicked out
            thrown out
            hits|hit|beats|beat my|our|the child|children|kids|son|daughter|baby
            alone at home|in the flat|in the apartment|in the house =3
            no adult* =2
            nobody home =2
            locked out =2
            don't|dont|not know where he|she|they is|are =3
            hasn't|hasnt|haven't|havent been home =3
            since yesterday|last night =1
            slept outside =2
            sleeping outside|on the street =3
            marks on his|her|the =2
            burn marks =3
            bruise* =2
            scared to go home =3
            scared of his|her dad|father|mom|mother|stepdad|stepfather|brother|uncle =3
            hits|hit|beats|beat him|her|them =2
            shaking with fear =3
            no food for days =3
            hurt him|her =2
            child|children|kids|son|daughter|boy|girl|baby|little one ... alone ... home|flat|apartment|car|night
            left in the car
            scared to sleep at home
            ran away from home
            haven't|havent seen him|her since
            hasn't|hasnt eaten ... days|since
            hit|hits|kicked|beat|beats ... the child|the boy|the girl|my son|my daughter|the baby|his son|her son
            uncle ... touched|touches
            crying ... alone
            afraid of his|her dad|father|mom|mother|stepdad|stepfather|brother|uncle
            child|children|kids|son|daughter|baby ... alone since|for
            been alone since|for
        """,
        "acute_illness": """
            unconscious =3
            fainted =3
            passed out =3
            seizure* =3
            convulsion* =3
            can't|cant|cannot|not breathe|breathing =3
            trouble breathing =3
            breathing problems =3
            chest pain* =3
            bleeding =3
            blood =2
            fever of 39|40|41 =2
            39|40|41 fever|degrees =2
            high fever =2
            won't|wont|doesn't|doesnt|not wake|waking =3
            limp =2
            high temperature =2
            temperature of =2
            ambulance =3
            112 =3
            emergency =2
            heart attack =3
            stroke =2
            poison* =3
            swallowed =2
            allergic reaction =3
            very sick =2
            really sick =2
            seriously ill =3
            very ill =2
            broke|broken his|her|my arm|leg|bone
            hit his|her|my head
            won't|wont|doesn't|doesnt wake up =3
            vomiting blood =3
            chest hurts =3
            chest is tight =3
            tight chest =3
            pain in his|her|my chest =3
            breathing weird|strange|fast|funny|badly|heavily =3
            can't|cant|cannot get|catch air|his|her|my breath =3
            gasping =3
            lips are|look|turned blue =3
            blue lips =3
            face is drooping =3
            face drooping =3
            drooping =2
            slurred|slurring =3
            can't|cant move his|her|my arm|leg|side =3
            took|taken|swallowed too many pills|tablets =3
            too many pills|tablets =3
            not responding =3
            unresponsive =3
            collapsed =3
            head injury =3
            throat is closing =3
            lots of blood =3
            vomiting all =2
            very weak =2
            hard to wake =3
            can't|cant wake him|her =3
            chest ... pain|hurts|hurting|tight|pressure|heavy
            pain|hurts|pressure|tightness ... chest
            breath|breathing ... hard|difficult|fast|weird|strange|stopped|trouble|struggling|noisy
            struggling to breathe
            pills|tablets ... swallowed|ate|took|taken|drank
            swallowed|drank|ate ... pills|tablets|bleach|cleaning|detergent|poison
            asthma attack
            low blood sugar
            heart is racing|pounding
            fell from|off
            stiff neck
            lying on the floor
            won't|wont|doesn't|doesnt respond
            can't|cant|cannot lift his|her|my arm|leg
            face looks|is strange|weird|crooked|different|funny
        """,
    },
    idioms={
        "violence": """
            kill|killing|kills me
            going to kill
            murder* me|him|her|you
        """,
        "self_harm": """
            i'm|im|am dying
            i could die
        """,
    },
    # danger concepts, combined by bot/routing/urgent.py (COMBINATIONS): phrases separated by commas
    concepts={
        "headache": """
            headache, terrible headache, worst headache  # round 7 (heldout_v5 classes)
        """,
        "purple_spots": """
            purple spots, purple rash, spots that dont fade, rash that doesnt fade, doesnt fade when pressed  # round 7 (heldout_v5 classes)
        """,
        "vision_loss": """
            cant see properly, blurred vision, seeing double, cant see well  # round 7 (heldout_v5 classes)
        """,
        "abuse_burn": """
            burns him|her with cigarettes|cigarette, burned him|her with a cigarette  # round 7 (heldout_v5 classes)
        """,
        "intrude": """
            comes into her|his room at night, comes into her|his bed, goes into her|his room at night, sneaks into her|his room  # round 7 (heldout_v5 classes)
        """,
        "wont_go_home": """
            wont come home, won't come home, doesnt want to come|go home, refuses to come|go home, scared to come|go home, afraid to come|go home  # round 7 (heldout_v5 classes)
        """,
        "veiled_threat": """
            wont survive next time, will not survive next time, next time you wont survive, make sure i regret it, make sure you regret it, make you regret it, finish him|her off, hed finish him|her, he would finish him|her, finish him|her tonight  # round 7 (heldout_v5 classes)
        """,
        "lurking": """
            saw his car, his car outside, outside our building|house|flat, at our door, at my door, was at the door, in front of our building|house, parked outside  # round 6 (heldout_v4 classes)
        """,
        "silenced": """
            dont call text only, pls dont call, please dont call, text only, dont call after, only text me  # round 7 (heldout_v5 classes)
            cant talk freely, cannot talk freely, cant speak freely, pretend to be, pretend youre, cant call you, he is listening, hes listening, he might see this  # round 6 (heldout_v4 classes)
        """,
        "watched": """
            threw my phone, smashed my phone, broke my phone  # round 7 (heldout_v5 classes)
            reads my messages|texts, checks my phone|messages, took|takes my phone, taken my phone, has my phone, tracks my phone, listens to my calls, reads everything i write  # round 6 (heldout_v4 classes)
        """,
        "conditional": """
            if  # round 6 (heldout_v4 classes)
        """,
        "pregnant": """
            pregnant, im pregnant, my pregnancy, weeks pregnant  # round 6 (heldout_v4 classes)
        """,
        "complaint": """
            complain*, complaint*  # round 6 (heldout_v4 classes)
        """,
        "harmless": """
            interferes, interfering, nagging, meddling, meddles  # round 6 (heldout_v4 classes)
            homework, weather, rain, bus, buses, train, trains, traffic, queue, queues, waiting, noise, heat, snow, printer, wifi, internet, app, website, toothache, tooth, teeth, back pain, my back, headache, cough, laundry, dishes, cleaning, shopping, exam, exams, building work, construction, mould, mold, this cold, neighbours music, this job search  # round 6 (heldout_v4 classes)
        """,
        "moving": """
            we are moving, were moving, since we are moving, because we are moving, because were moving, moving house, moving to  # round 5 (heldout_v3 classes)
        """,
        "paperwork": """
            forms, paperwork, papers, documents, the system, this system, e boks, eboks, mitid, applications, application  # round 5 (heldout_v3 classes)
        """,
        "online": """
            snapchat, instagram, tiktok, online, on the internet, on facebook, met online, on discord  # round 5 (heldout_v3 classes)
        """,
        "done": """
            cant|cannot go on, cant|cannot take it anymore, cant|cannot do this anymore, cant go on like this, can not go on, cant|cannot take this anymore, cant stand it anymore, cant cope with it anymore  # round 6 (heldout_v4 classes)
            im done, i am done, i cant anymore, i cant do it anymore, i give up, i cant cope anymore  # round 5 (heldout_v3 classes)
        """,
        "drowsy": """
            very lethargic, lethargic, floppy  # round 7 (heldout_v5 classes)
            drowsy, cant stay awake, cant keep his|her eyes open, groggy, very sleepy, so sleepy  # round 5 (heldout_v3 classes)
        """,
        "faint": """
            about to faint, going to faint, going to pass out, about to pass out, nearly fainted, feels faint  # round 5 (heldout_v3 classes)
        """,
        "hypo": """
            sweating, sweaty, shaking, shaky, confused, pale, dizzy, not making sense, talking nonsense  # round 5 (heldout_v3 classes)
        """,
        "diabetic": """
            diabetic, diabetes, type 1, insulin, blood sugar  # round 5 (heldout_v3 classes)
        """,
        "on_edge": """
            standing on the balcony|roof|bridge|edge, sitting on the balcony|roof|edge|ledge, on the edge of the roof|balcony, up on the roof  # round 5 (heldout_v3 classes)
        """,
        "not_picked_up": """
            nobody picked him|her|them up, no one picked him|her|them up, noone picked him|her up, not been picked up, nobody came to get|pick, no one came to get|pick  # round 5 (heldout_v3 classes)
        """,
        "groom": """
            photos of her|him, pictures of her|him, asks her|him for photos|pictures, asking for photos|pictures, naked photos|pictures, nudes, sends her|him messages  # round 5 (heldout_v3 classes)
        """,
        "gang": """
            older boys, big boys, gang, gang members, made him deliver|carry|sell|hide, forced him to deliver|carry|sell, a package, sell drugs  # round 5 (heldout_v3 classes)
        """,
        "confine": """
            wont let us|me go anywhere, doesnt let us|me go anywhere, not allowed to leave the house|flat|apartment, doesnt let us|me out, wont let us|me out, keeps us|me locked in, wont let us leave  # round 5 (heldout_v3 classes)
        """,
        "papers_taken": """
            took our|my passports|passport, taken our|my passports|passport, has our passports, keeps our passports, hid our passports, took my papers|documents|residence card  # round 5 (heldout_v3 classes)
        """,
        "hunt": """
            knows our new address, found our new address, knows where we live now, found out where we live  # round 7 (heldout_v5 classes)
            will find me|us, he will find me|us, find me and the kids  # round 6 (heldout_v4 classes)
            ill find you, i will find you, i'll find you, will find you  # round 6 (heldout_v4 classes)
            looking for us|me, searching for us|me, outside the door, outside our door, waiting outside, coming for us|me, on his way here  # round 5 (heldout_v3 classes)
        """,
        "hide": """
            locked ourselves in the bedroom|room, locked in the bedroom  # round 5 (heldout_v3 classes)
            are in the bathroom, in the bathroom with the kids|children, locked in the bathroom, hiding in the bathroom, locked ourselves in, locked myself in, we are hiding, were hiding, hiding in, hiding from, at the neighbours, at my neighbours, at a neighbours, fled to  # round 5 (heldout_v3 classes)
        """,
        "rage": """
            banging on the door, hammering on the door, pounding on the door, kicking at the door  # round 5 (heldout_v3 classes)
            broke the door, broken the door, broke down the door, kicked the door in, kicked in the door, smashed the door, punched the wall, punched holes, throwing things, threw things, smashing everything, smashed everything  # round 5 (heldout_v3 classes)
        """,
        "strangle": """
            strangled me, choked me, hands around my neck|throat, hand around my neck|throat, hands on my neck|throat, hand on my neck|throat, grabbed my throat|neck, squeezed my neck|throat, tried to strangle|choke me  # round 5 (heldout_v3 classes)
        """,
        "demand": """
            demands money, demanding money, wants my money, wants money from me, forcing me to give|transfer|hand, forced me to give|transfer|hand, makes me give him, takes my money  # round 5 (heldout_v3 classes)
        """,
        "codes": """
            pin, pin code, passcode, password*, bank code, card code, mitid, nemid, bank card, bank details, debit card, codes  # round 5 (heldout_v3 classes)
        """,
        "entrust": """
            takes good care of my boys|girls|kids|children, make sure the kommune takes care of my, kids should be with my mum|mother|grandma  # round 7 (heldout_v5 classes)
            take care of my girls|boys|babies, look after my girls|boys  # round 6 (heldout_v4 classes)
            take care of my kids|children|boys|girls for me, take good care of my|the kids|children, look after my kids|children for me, look after them for me, take care of them for me, please look after my kids|children, look after them please  # round 5 (heldout_v3 classes)
        """,
        "farewell_soft": """
            if i dont answer after today, if i dont reply after today  # round 7 (heldout_v5 classes)
            thank you for everything, thanks for everything, thanks for all you have|youve done, thank you for all you have|youve done, its best this way, it is best this way, its better this way, it is better this way, better for everyone this way, this is my last message, my last message, you wont hear from me again  # round 5 (heldout_v3 classes)
        """,
        "pharmacy": """
            pharmacy, chemist, prescription  # round 4 (heldout_v2 classes)
        """,
        "enjoy": """
            loved it, had fun, so much fun, camp, scout*, trip, sleepover, party, festival, enjoyed  # round 4 (heldout_v2 classes)
        """,
        "exposed": """
            without a jacket, below zero  # round 7 (heldout_v5 classes)
            in the cold, in the rain, freezing, cold, rain, snow, crying, scared, alone, no jacket, locked the door, locked out  # round 4 (heldout_v2 classes)
        """,
        "droop": """
            drooping, droops, droopy, hangs, hanging, dropped, sagging, looks wrong, looks crooked, crooked, fallen  # round 4 (heldout_v2 classes)
        """,
        "hopeless": """
            no future, see no future, cant see any|a future, no way forward, cant see any|a way forward, no hope, hopeless, nothing to hope for, no light  # round 4 (heldout_v2 classes)
        """,
        "shut_out": """
            kicked him|her out of the flat|house  # round 7 (heldout_v5 classes)
            locked the door, locked her|him out, shut the door on her|him  # round 4 (heldout_v2 classes)
            not let in, wont let him|her in, no one opens, nobody opens, doesnt open the door, locked out, no one home, nobody home, no one answers the door  # round 4 (heldout_v2 classes)
        """,
        "disobey": """
            doesnt listen, does not listen, wont listen, stays out, staying out, with his|her friends, partying, party, parties, comes home late  # round 4 (heldout_v2 classes)
        """,
        "dropout": """
            quit school, left school, dropped out, quit tech|vocational|technical school, quit his|her education|training, left his|her education  # round 4 (heldout_v2 classes)
        """,
        "drugs": """
            hash, hashish, cannabis, weed, drugs, smoking, smokes  # round 4 (heldout_v2 classes)
        """,
        "hyperbole": """
            boss, manager, teacher, coach, late, if im late, mum|mom|dad will kill me  # round 4 (heldout_v2 classes)
            bills, bill, exam, exams, test, tests, homework, noise, work, heat, forms, paperwork, laughter, laughing, film, movie, traffic, this week, school  # round 4 (heldout_v2 classes)
        """,
        "tell": """
            tell anyone|anybody|someone|somebody|you, tell the police, if you tell, call the police, go to the police, go to my parents|family, if i leave, if you leave, leave him  # round 4 (heldout_v2 classes)
        """,
        "follow": """
            going to meet, is meeting, meet up with, meets a|an|this  # round 5 (heldout_v3 classes)
            waiting for my|her|his, waits for my, come|go with him, get in his car, meet her|him, wants to meet, asked her|him to come  # round 4 (heldout_v2 classes)
            follows, followed, following, follow, waits for her|him, waiting for her|him, his car, into his car, get in his car  # round 4 (heldout_v2 classes)
        """,
        "stranger": """
            a guy, some guy, a grown man, an adult man, grown up man  # round 4 (heldout_v2 classes)
            stranger, a man i dont know, man i dont know, unknown man, strange man, some man, an older man, a man we dont know  # round 4 (heldout_v2 classes)
        """,
        "outdoors": """
            on the balcony  # round 7 (heldout_v5 classes)
            outside, outdoors, stairwell, stairs, staircase, on the street, in the cold, in the park, not let in, wont let him|her in, no one opens, nobody opens, doesnt open the door, locked out  # round 4 (heldout_v2 classes)
        """,
        "night": """
            this evening, tonight  # round 6 (heldout_v4 classes)
            all night, the whole night, since last night, overnight, at night, since midnight, since 10|11|12 last night, tonight  # round 4 (heldout_v2 classes)
        """,
        "sudden": """
            since lunch|breakfast, since this morning, an hour ago, half an hour ago  # round 4 (heldout_v2 classes)
            suddenly, all of a sudden, out of nowhere, just now  # round 4 (heldout_v2 classes)
        """,
        "one_side": """
            arm hangs, arm is hanging, arm wont move, leg wont move, left|right arm|leg wont|doesnt|cant move  # round 4 (heldout_v2 classes)
            one side, on one side, half of his|her face, half his|her face, mouth hangs|droops|drooping, face drooping|droops|hangs|crooked, cant lift his|her|my arm|leg, arm is weak|numb|limp, right|left side, right|left arm, one arm  # round 4 (heldout_v2 classes)
        """,
        "speech_loss": """
            mixing up words, words are jumbled, talking gibberish  # round 7 (heldout_v5 classes)
            words are mixed up, words all mixed up, mixes up words, cant find the|her|his words, talking nonsense, speech is strange  # round 4 (heldout_v2 classes)
            cant|cannot speak|talk, cant|cannot get words out, words come out wrong|strange, speech is slurred|weird|strange, slurred, slurring, talks strange|weird|funny, not making sense, babbling  # round 4 (heldout_v2 classes)
        """,
        "give_away": """
            gave my gold, my gold to, gave my sewing machine, gave away the kids things, gave away the childrens things, given away the kids clothes  # round 7 (heldout_v5 classes)
            sold my stuff|things, sold everything, gave the cat|dog away, gave away the cat|dog, gave away everything  # round 5 (heldout_v3 classes)
            left the keys with, left my keys with, gave away my, giving away my  # round 5 (heldout_v3 classes)
            gave ... jewellery|jewelry|belongings, giving away ... my jewellery|jewelry|belongings  # round 4 (heldout_v2 classes)
            gave my things|stuff|belongings|jewellery|jewelry|phone|clothes, given away my things|belongings  # round 4 (heldout_v2 classes)
        """,
        "no_need": """
            wont need to worry about me, dont worry about me anymore, no need to worry about me, you wont have to worry, dont be sad, wont be a problem anymore  # round 5 (heldout_v3 classes)
            wont need them|it|this|these|anything, nothing more needed, dont need anything anymore, where im going, where i am going, wont need them anymore  # round 4 (heldout_v2 classes)
        """,
        "forgive": """
            forgive me, sorry for everything, forgive me for everything, please forgive, i love you all  # round 4 (heldout_v2 classes)
        """,
        "farewell": """
            wrote my will, written my will, made my will  # round 7 (heldout_v5 classes)
            saying goodbye to everyone, says goodbye to everyone, said goodbye to everyone, goodbye post, posted a goodbye  # round 6 (heldout_v4 classes)
            tell my kids|children i love them, tell them i love them, tell my kids|children that i love them  # round 5 (heldout_v3 classes)
            left a letter|note for, letter for my mum|mom|mother|dad|kids|children|sister, note for my mum|mom|mother|dad|kids|children  # round 5 (heldout_v3 classes)
            written|wrote|writing goodbye, goodbye to my mum|mom|mother|dad|kids|children|sister|brother|family|everyone  # round 4 (heldout_v2 classes)
            wrote a letter|letters|note|notes, written a letter|letters|note|notes, goodbye letter|letters|note, said goodbye to, saying goodbye to  # round 4 (heldout_v2 classes)
        """,
        "send": """
            send, sending, sent, ship her|him off
        """,
        "height": """
            balcony, bridge, window, roof, train, tracks, building, cliff
        """,
        "jump": """
            jump, jumping, jumped, throw myself, throwing myself, jump off
        """,
        "minor": """
            a little, a bit, small, not serious, nothing serious, not bad, its fine, it is fine, just a scratch, minor
        """,
        "take": """
            take, takes, taking, took, kidnap*, snatch*
        """,
        "forced": """
            against her|his will, by force, forced, force her|him, she doesnt want, he doesnt want
        """,
        "abroad": """
            abroad, to another country, back home, home country, out of the country, overseas
        """,
        "marry": """
            marry, married off, marry off, marriage, wedding
        """,
        "blister": """
            blister*, skin is coming off, skin coming off, skin peeling, skin came off, big red
        """,
        "peer": """
            another boy|girl|kid|child|student|pupil, other boys|girls|kids|children|students, classmate*, a boy in his|her class, a girl in his|her class
        """,
        "lonely": """
            lonely, no friends, has no friends, without friends, friends
        """,
        "yell": """
            yelling, shouting, screaming at, screams at, yells at, shouts at, raging, rage, smashing
        """,
        "hit": """
            hit, hits, hitting, beat, beats, beating, beaten, slap*, punch*, kick, kicks, kicked, kicking,
            choke*, choking, strangl*, smack*, shoved, abuses, abused, attacked, attacks
            slammed, threw me, pushed me, shoved me, dragged me, pulled my hair, beat up, beating up, hurt me
        """,
        "hit_me": """
            broke my arm, broke my nose, broke my ribs, broke my jaw  # round 7 (heldout_v5 classes)
            he|she hit|hits|beat|beats|kicked|kicks the|my kids|children|son|daughter|baby,
            strangled me|her, choked me|her, hands around my|her neck, grabbed my|her throat,
            pushed|shoved|threw me|her|us, pushed me down,
            he|she|dad|husband hurt|hurts|hurting me|us|her|him|them, hurt|hurts|hurting me|us,
            laid|lays|puts hands on me|her|us
        """,
        "target": """
            me, us, mom, mum, mother, mama, wife, sister, her, him, them, brother
        """,
        "agent": """
            grandfather, grandpa, granddad, stepmother, stepmom, husband, ex, boyfriend, father, dad,
            stepdad, stepfather, brother, uncle, partner, fiance, cousin
            my partner, boyfriend, stepdad, my ex, his father, her father, the father
        """,
        "threat": """
            threat, threats, threaten*
        """,
        "kill": """
            kill, kills, killing, killed, murder*
            finish me, finish us, end me, kill
        """,
        "weapon": """
            belt, cable, knife, knives, guns, weapon*, axe, bat, baseball bat, hammer, crowbar, machete,
            a|his|with|has|got|had|pulled gun, handgun, pistol, rifle
        """,
        "fear": """
            afraid, scared, terrified, frightened, fear, fears, petrified, dont dare, do not dare, darent,
            dare not
            frightened, scary, terrifying, panicking, shaking
        """,
        "home": """
            go|going|get|come|coming|back|return|returning|be|being|stay|staying|sleep|sleeping home|house,
            at home, home tonight, back there
        """,
        "unsafe": """
            must not know where we are, mustnt know where we are, cant know where we are, hiding from him, fled with the kids|children, ran away from him, cant go home tonight  # round 4 (heldout_v2 classes)
            hiding in, were hiding, breaking the door, kicking the door, locked|locks ... in,
            locks|locked the door, takes|took the key|keys, cant get out, smashing|smashed|breaking things,
            not safe, unsafe, dont feel safe, never safe, locked|locks me|us|her|them in,
            wont let me|us out|leave, afraid|scared|terrified of him|her,
            afraid|scared|terrified of my husband|dad|father|ex, domestic violence|abuse, violent,
            violence, womens shelter, crisis centre|center
        """,
        "bruise": """
            bruise*, black eye, marks on, burn marks, burns on
        """,
        "child": """
            child, children, kid, kids, son, daughter, baby, toddler, boy, girl, little one, year old, yo,
            teen, teenager, youngest, oldest, infant, newborn, twins
            yr old, yrs old, years old, year old, yo
        """,
        "alone": """
            alone, by himself|herself|themselves, on his|her|their own, nobody|no one home|there,
            no adult|adults|grownup, left them|him|her, unsupervised
            left home alone, alone in the flat|house|apartment|car, nobody watching, no one watching, no one looking after
        """,
        "missing": """
            havent|hasnt|not seen|heard ... since, didnt sleep at home, not slept at home, not been home,
            hasnt been home, wasnt home, missing, disappeared, vanished, ran|run away|off, runaway,
            not|didnt|hasnt|never come|came|back home, cant|cannot find him|her|them,
            dont know where he|she|they, do not know where, not seen|heard him|her|them since,
            no one knows where
            didnt|hasnt|not come|came back, never came back, not back from, still not home, still not back, no sign of him|her,
            nobody has seen him|her, disappeared, went missing, not answering her|his phone
        """,
        "suicide": """
            end it tonight, end everything, end it all tonight, suicid*, kill|killing myself,
            end|ending my life, end it all, take my own life, hang myself
        """,
        "want": """
            wants, doesnt want, she wants, he wants  # round 6 (heldout_v4 classes)
            want, wanna, wish, rather, ready, planning
        """,
        "die": """
            doesnt|dont|not want to live, doesnt|dont|not want to be alive, no longer wants to live  # round 6 (heldout_v4 classes)
            die, dead, not wake up, disappear, not exist, be gone, not be here
        """,
        "no_life": """
            nobody will be sad|upset, no one will be sad|upset, no one will care, nobody will care, nobody would care, no one would care, no one will cry, nobody will cry, no one will miss me, nobody will miss me  # round 5 (heldout_v3 classes)
            burden to everyone|everybody|you, burden to my family, burden to you all, happier|better if i was|were gone|dead, whats the point anymore, whats the point of anything|living, whats the point of it all, what is the point anymore, what is the point of anything, sleep and not|never wake up, no reason for me to be here  # round 4 (heldout_v2 classes)
            no way out, see no way out, cant see a way out, dont see a way out, no way out of this, no exit, no reason to live, no reason to go on, no reason to keep going, no meaning in life, life has no meaning, everyone would manage|cope without me, everyone would be fine without me, better off without me, wont be a burden much longer, wont be around much longer, tired of living|life, tired of being alive, dont want to live|exist anymore, end it, ending it all, gave away all my things, giving away all my things|stuff|belongings  # round 4 (heldout_v2 classes)
            said goodbye to everyone, wrote letters to my kids|children, if anything happens to me
            go to sleep and not wake up, sleep and never wake up, no point living, no point anymore
            no point in living|anything|going
            better off without me, better without me
            goodbye letter|letters|note|notes, tired of living|life, tired of being alive
            nothing to live for, dont|not want to live, dont|not want to be alive|here, no reason to live
            life is pointless|meaningless, everyone would be better
            tonight is the night, want everything to stop, want it all to stop, make it all stop, make it stop
            no reason to keep going, dont see any reason, see no reason, no reason to go on, dont see the point of living
            whats the point of living, what is the point of living, no point in going on, nothing left to live for
            done with life, done with everything, done with living
            rather be dead, better off dead, wish i was|were dead, wish i wasnt|werent alive|here|born
            never wake up, end it, ending it, give up on everything, giving up on life, burden to everyone, burden to my family
            nobody would notice|miss, no one would notice|miss, noone would notice|miss, if i was|were gone, if i wasnt|werent here, dont want to be here anymore, not want to be here anymore
        """,
        "cut": """
            cut, cutting, cuts, hurt, hurting, harm, harming, burn, burning
        """,
        "self": """
            myself, my arms|wrists, herself, himself, themselves
        """,
        "breathe": """
            breath, breathe, breathing, breathes
        """,
        "trouble": """
            wheezing, rattling, cant, cannot, hard, difficult, trouble, struggling, stopped, not, heavy,
            fast, short, gasping, wheez*, barely, no
        """,
        "chest": """
            chest, heart
        """,
        "pain": """
            pain, pains, hurts, hurting, ache, aches, pressure, tight, tightness, squeez*, crushing,
            racing, pounding, stabbing
        """,
        "unconscious": """
            lost consciousness, floppy, lifeless, wont respond, unconscious, fainted, collapsed,
            unresponsive, passed|blacked out, not|isnt responding, limp
            floppy, wont wake, not reacting, doesnt react, eyes closed and, went limp, fainted, keeled over, dropped to the floor
        """,
        "not_waking": """
            wont|cant|doesnt|not wake, wont|cant|doesnt|not waking, hard to wake, will not wake
        """,
        "bleeding": """
            bleeding a lot from his|her head  # round 7 (heldout_v5 classes)
            bleeding, bleeds, hemorrhag*, lot of blood, so much blood, blood everywhere,
            coughing|vomiting|throwing up blood
        """,
        "seizure": """
            shaking all over, eyes rolling, eyes rolled, seizure*, convuls*, fitting, having a fit
        """,
        "blue": """
            blue, grey, gray, purple
        """,
        "lips": """
            lips, face, skin
        """,
        "poison": """
            cleaning liquid|product, dishwasher tablet|tablets, washing liquid, detergent, poison*, bleach,
            swallowed, drank cleaning|chemicals|detergent
        """,
        "overdose": """
            overdos*
        """,
        "pills": """
            sleeping pills, sleeping tablets, painkillers  # round 4 (heldout_v2 classes)
            pills, tablets, medicine, meds, medication, paracetamol, panodil, pamol
        """,
        "swallow": """
            a handful, handful of, a lot of, loads of, a bunch of  # round 6 (heldout_v4 classes)
            all, whole, swallowed, too many, whole box|bottle|packet
        """,
        "fever": """
            burning up, burning hot, fever, temperature, temp
        """,
        "high": """
            40, 41, 42, very high
            really high, super high, very high
        """,
        "stroke": """
            talks strange|weird|funny, speech is weird|strange|slurred, stroke, face drooping|droops,
            slurred, slurring, paralys*
        """,
        "emergency": """
            ambulance, 112, emergency room
        """,
        "allergy": """
            nuts, peanut, peanuts, allerg*, stung, bee sting
        """,
        "swelling": """
            swell*, swollen, throat, tongue
        """,
        "fall": """
            fell, fallen
        """,
        "head": """
            head
        """,
        "negation": """
            not, never, didnt, doesnt, dont, isnt, wasnt, hasnt, no longer, stopped
        """,
        "police": """
            police, cops, 112
        """,
        "forced_marriage": """
            marry her|him off, marry off, forced marriage, force her|him to marry, forcing her to marry
        """,
        "abduct": """
            never see them|kids|children again, never see the kids|children again,
            never see my kids|children again, took the kids|children without, took them without
        """,
        "drunk": """
            bottles everywhere, empty bottles  # round 7 (heldout_v5 classes)
            drunk parents, parents are drunk, parents drunk  # round 6 (heldout_v4 classes)
            drinks, drinking, drunk, drank
        """,
        "stab": """
            stab, stabbed, stabbing
        """,
        "gather": """
            saving, gathering, stockpiling, hiding pills  # round 4 (heldout_v2 classes)
            collected, gathered, saving up, saved up, bought, stockpil*, saved, hoarding, hoarded, stored,
            stash, stashed
        """,
        "since": """
            since, for two|three days, two days, since yesterday|friday|saturday|sunday|monday
        """,
        "past": """
            last week, years ago, long ago, used to, back then, last year, last month, in the past,
            a year ago, months ago, years back
        """,
        "resolved": """
            became friends, they are friends now  # round 7 (heldout_v5 classes)
            all quiet now, its quiet now, quiet since, police talked to him, police spoke to him  # round 6 (heldout_v4 classes)
            all ok, all fine, he is fine, she is fine, all good, divorced, separated, now fine, now ok,
            fine now, ok now, all good now, better now, recovered, is well now
            doing great, doing well, doing fine, is fine now, hes fine, shes fine, all good now
        """,
        "recent": """
            yesterday, last night, today, tonight, this morning, right now, again, just now
        """,
        "kill_us": """
            kill us|you all, kill us, kill all of us, kill the kids|children, will kill me|you
        """,
        "breathless": """
            choking, suffocating, gasping for air, cant catch|get her|his|my breath, cant get air,
            turning blue
        """,
        "ate": """
            got into, got hold of, found my|the, ate, eaten, swallowed, drank, took
        """,
        "blade": """
            razor, razors, blade, blades
        """,
        "unresponsive": """
            cant get up, cannot get up, cant stand up, not talking, cant talk, not moving, not responding,
            wont talk
        """,
        "unreachable": """
            nobody opens the door, no one opens the door, nobody answers the door  # round 6 (heldout_v4 classes)
            not answering, isnt answering, phone is off, phone off
            switched off, phone is dead, goes to voicemail, not picking up, doesnt pick up, cant reach her|him
        """,
        "of_him": """
            of him, of her, of my husband|dad|father|ex|brother
        """,
        "outside": """
            sleeping outside, sleeping on the street, sleeps in the stairwell, outside all night,
            out in the cold
        """,
        "hungry": """
            hungry, no food, not eaten, nothing to eat, havent eaten, starving
        """,
        "touch": """
            touches her|him, touching her|him, touched her|him, touches my daughter|son
        """,
        "fall_high": """
            fell from|off the balcony|window|roof, fell down the stairs
        """,
        "vomit": """
            vomiting, throwing up, vomits, threw up
        """,
        "threat_me": """
            he|she threatens|threatened me|us|the kids
        """,
        "institution": """
            landlord, jobcenter, job centre, kommune, municipality, bank, school, housing association,
            boligforening, debt collector, skat
        """,
        "chronic": """
            respite care, relief care, respite  # round 7 (heldout_v5 classes)
            sometimes, often, for weeks, for months, for years, now and then, occasionally, every now
        """,
        "burn": """
            burned, burnt, scalded, boiling water
            burned, burnt, burn, burns, scalded, scald
        """,
        "crying": """
            crying, screaming
        """,
        "out": """
            in the stairwell, on the street, outside alone
        """,
        "question_ok": """
            is that ok, is it ok, is that okay, is it allowed, is that allowed, is that normal
        """,
    },
    guards="""
        cant|cannot|can't get out of bed
        get out of bed
        emergency number
        social emergency  # round 6 (heldout_v4 classes)
        shaking|shakes|shook his|her|my head  # round 5 (heldout_v3 classes)
        ball through the window  # round 5 (heldout_v3 classes)
        hit|hits|kicked|kicks|threw|throws|kick|hit the|a ball  # round 5 (heldout_v3 classes)
            slept|sleeping|sleep|sleeps outside ... camp|tent|festival|scouts|scout|trip  # a camp, not a child shut out
            afraid|scared|terrified|frightened|worried of|about his|her|their exam|exams|test|tests|grades|homework|teacher|results|future|dentist|interview|presentation|first
            killing|kill me with
        dying of boredom|hunger|tiredness|laughter|curiosity|heat
        alone|himself|herself to|from school
        walks|walk|goes|go|gets|get to|from school alone|by himself|by herself
        job|hunt|forms|paperwork|homework|waiting|heat|cold|noise|work|school|this|it|that|commute|traffic is|are killing me
        killing time
        kill time
        alone with the|my kids|children
        raising them|my kids alone
        single mom|mum|mother|dad|parent
        panic attack|attacks
        hit the deadline|road|jackpot
        beat the|this deadline|system
        kicked off|out of the group|course|class
        fear of missing
        cant|cannot find him|her a job|place|school|flat
        not come|came home for dinner
        dying to
        dying for
        killing it
        kill time
        killing time
        killed it
        kill for a
        killing me haha|lol|lmao
        dead tired
        dead battery
        phone died
        phone is dead
        battery died
        battery is dead
        deadline*
        fever ... gone|over|down|better|broke|broken
        no fever
        not a fever
        isn't|isnt|is not urgent
        not urgent
        nothing urgent
        not an emergency
        no emergency
        in case of emergency
        hit the road
        hit me up
        hit it off
        big hit
        missing the|a|my|one|some|paper*|document*|letter|form|page|signature|payment|bus|train|meeting|appointment|class|classes|lesson*
        missing out
        home alone movie
        scared of being late
        afraid i|we will|ll be late
        afraid that|the
        i'm afraid i|we
        im afraid i|we
        broke the news
        broke up
        police record|certificate|check
        blood test* =3
        blood sample* =3
        blood pressure
        missing home
        police|policeman ... stolen|report*|record|certificate|check|fine|ticket|bike|car
        alcohol|drug|drugs|substance abuse
        abuse of alcohol|drugs
    """,
    courtesy="""
        eid mubarak  # round 7 (heldout_v5 classes)
        happy eid  # round 7 (heldout_v5 classes)
        killing time  # round 5 (heldout_v3 classes)
        thanks for the help with the  # round 5 (heldout_v3 classes)
        will text later  # round 5 (heldout_v3 classes)
        sorry cant talk now  # round 5 (heldout_v3 classes)
        sorry i didnt answer|reply  # round 5 (heldout_v3 classes)
        thats why i didnt answer|reply  # round 5 (heldout_v3 classes)
        phone|battery died  # round 5 (heldout_v3 classes)
        uploaded the papers|documents|payslip|forms  # round 5 (heldout_v3 classes)
        uploaded|sent|put ... e boks|eboks  # round 5 (heldout_v3 classes)
            just letting you know
            just so you know
            just wanted to let you know
            fyi
            thank god
            thank god its|it is over
            no problem|problems
            not a problem
            big help
            was a great|big help
        thanks|thank you for the|your help
        how are you
        thanks
        thank you
        thx
        thank u
        many thanks
        got it
        noted
        received
        see you
        see u
        cu
        see you tomorrow
        have a nice weekend
        good weekend
        good night
        bye
        on my way
        i'll be there
        i will be there
        running late
        will be late
        a bit late
        went well
        went fine
        all good
        all fine
        it's fine
        no worries
        be there in
        be 10|5|15|20 min|minutes late
    """,
    acknowledgements="ok okay k kk fine great perfect alright sure cool noted",
    requests="""
            what to do
            dont|don't|do not know what to do
        help
        what do i do
        what now
        can we
        is it ok|okay|possible
        should i
        do i
        need
        can you
        could you
        would you
        can i
        could i
        how do|can|to
        what should
        when can|will|is
        where can|do
        who can
        call me
        please call
        problem*
        question*
        apply
        ask for
        don't understand
        dont understand
        worried
        worry
        can't|cant|cannot
        please
        want to
        wanna
    """,
    function_words="""
        i you he she we they it me him her us them my your his its our their the a an and or but
        to of in on at for with from about is are was were be been am have has had do does did
        not no yes so this that these those there here what when where how who why can could
        will would should shall may might just also very really some any please hi hello thanks ok
    """,
)
