"""Turkish routing lexicon (folded, "işsiz" and "issiz" meet; "iş" alone folds to "is", so it
only counts inside phrases)."""

# ruff: noqa: E501  (a lexicon phrase stays on one line, however long)

from bot.routing.lexicon import Lexicon

LEXICON = Lexicon(
    language="tr",
    domains={
        "employment": """
            is merkez* =3
            iskur =3
            is kurumu =3
            iş arıyorum =3
            iş bul* =3
            iş başvuru* =3
            iş görüşme* =3
            işsiz* =3
            işimi =1
            işim =1
            işe =1
            işten =2
            işten çıkar* =3
            çalış* =1
            çalışmak =2
            çalışıyorum =2
            iş yeri* =2
            işyeri* =2
            işveren* =3
            patron* =2
            iskur =2
            maaşım =1
            mülakat* =3
            özgeçmiş* =3
            cv =2
            vardiya* =2
            staj* =1
            jobcenter =3
            jobcenter* =3
            aktivering* =3
            praktik* =2
            sagsbehandler* =1
            yeni iş =3
            işimi kaybettim =3
            işten atıldım =3
            yarı zamanlı =2
            tam zamanlı =2
            iş sözleşmesi =3
            çalışma izni =3
            temizlik işi =3
            iş başvurusu =3
            işe başvur* =3
            ise basvurcam =3
            hastalık izni =2
            rapor aldım =1
        """,
        "education": """
            eğitim* =2
            üniversite* =3
            lise* =2
            kurs* =2
            sınav* =1
            burs* =2
            öğrenci* =1
            meslek* =2
            meslek okulu =3
            diploma* =2
            çıraklık =3
            dil okulu =3
            dil kursu =3
            okumak istiyorum =3
            kayıt* =1
            okula başvur* =2
            denklik =2
            okuldan sonra ne =2
            10 sınıf =2
            erhvervsuddann* =3
            gymnasium* =2
            okulu bırak* =2
            meslek eğitimi =3
            çırak* =3
            burs başvurusu =3
            ehliyet =1
            üniversiteye =3
            okumak istiyor =3
            olmak istiyor =2
            nereye başvur* =2
            staj yeri =3
            staj yeri bulamadi =3
            ciraklik =3
        """,
        "school": """
            okul* =2
            öğretmen* =3
            sınıf* =2
            devamsız* =3
            okula gitmiyor =3
            okula gitmek istemiyor =3
            ödev* =2
            veli toplantı* =3
            zorbalık =3
            zorba* =2
            dalga geçiyorlar =2
            müdür* =1
            ders* =1
            teneffüs* =2
            karne* =2
            okul gezisi =3
            okul aradı =3
            okuldan aradılar =3
            okul psikolo* =3
            sınıf arkadaş* =2
            matematik =1
            yeni okul =2
            okul değiştir* =3
            okula gitmek istemiyor =3
            okula geç =3
            okulla görüş* =3
            öğretmeniyle =3
            öğretmenle =3
            alay ediyorlar =2
        """,
        "health": """
            doktor* =2
            hastane* =2
            hasta =2
            hastayım =2
            hastalık* =2
            ilaç* =2
            ağrı* =2
            ağrıyor =2
            ateş* =2
            psikolog* =2
            psikiyatr* =2
            depresyon* =3
            kaygı* =2
            anksiyete* =2
            sağlık* =2
            dişçi* =2
            diş* =1
            hamile* =2
            uyku* =1
            uyuyamıyorum =2
            tedavi* =2
            muayene* =2
            stres* =1
            grip =2
            öksürük* =2
            şeker hastası =3
            astım =2
            bağımlı* =2
            alerji* =2
            doktor randevusu =3
            göz doktoru =3
            diş doktoru =3
            kan tahlili =2
            ameliyat =2
            baş ağrısı =2
            karın ağrısı =2
            sırt ağrısı =2
            belim ağrıyor =2
            baş dönmesi =2
            panik atak =3
            travma =2
            gözlük =1
            eczane =2
            reçete =2
            tansiyon =2
            uyuyamıyor =2
            psikiyatrist* =3
        """,
        "housing": """
            isitma =3  # round 5 (heldout_v3 classes)
            petek* =2  # round 5 (heldout_v3 classes)
            kalorifer* =3  # round 5 (heldout_v3 classes)
            asansor* =3  # round 5 (heldout_v3 classes)
            ev =1
            evim =1
            evimiz =1
            evde =1
            evden =1
            daire* =2
            kira* =2
            kiracı* =2
            ev sahib* =3
            taşın* =2
            nem var =2
            nemli =2
            nemden =2
            küf* =3
            konut* =3
            evsiz* =3
            tahliye* =3
            oda =1
            odası =1
            ısınma* =2
            kalorifer* =2
            petek* =2
            kombi* =2
            ev bul* =3
            boligstøtte =2
            tamir* =1
            su akıyor =2
            komşu* =1
            daha büyük ev =3
            büyük bir ev =3
            ev değiştir* =3
            su sızıyor =3
            fare =2
            hamam böceği =3
            sıcak su yok =3
            kalorifer yanmıyor =3
            komşu gürültü* =3
            ev çok küçük =3
            kira sözleşme* =3
            sözleşme* =1
            boligforening* =3
            ev arıyoruz =3
        """,
        "economy": """
            para* =2
            fatura* =2
            borç* =3
            kredi* =2
            banka* =1
            vergi* =2
            ödeme* =2
            ödeyemiyorum =3
            ödeyemi* =3
            yardım parası =3
            sosyal yardım =3
            maaş =1
            geçim* =2
            harcama* =2
            icra* =3
            elektrik faturası =3
            yemek alacak =2
            ekonomi* =2
            çocuk parası =3
            kontanthjælp* =3
            yemek parası =3
            param yok =3
            paramız yok =3
            para bitti =3
            telefon faturası =3
            elektrik faturası =3
            sigorta =1
            çocuk parası =3
            kontanthj* =3
            boligst* =3
            yatmadı =2
            geri ödeme =2
            vergi borcu =3
            kira borcu =3
            borcum =3
            hatırlatma mektubu =2
            icra =3
            kirayi odeyemiyorum|odeyemiyoruz|odeyemedik|odeyemedim =3
            kira borcu =3
        """,
        "disability": """
            engelli* =3
            engel* =1
            özürlü* =3
            otizm* =3
            otistik* =3
            tekerlekli sandalye* =3
            özel ihtiyaç* =3
            özel gereksinim* =3
            dehb =2
            hiperaktivite =2
            bakıcı* =1
            işitme cihazı =3
            ek masraf* =3
            ek gider* =3
            gelir kaybı =3
            rapor* =1
            bedensel engel* =3
            epilepsi =1
            özel yatak =3
            işitme cihazı =3
            bez =1
            bakım izni =2
            tazminat =2
            ekstra masraf* =3
            merudgift* =3
            otizmli =3
            engelli raporu =3
            destek alabilir =1
        """,
        "family": """
            çocuk* =1
            çocu* =1
            oğlum =1
            oğlu* =1
            kızım =1
            kızı =1
            bebek* =1
            ebeveyn* =1
            anne baba =1
            boşan* =3
            velayet* =3
            aile* =1
            ergen* =2
            davranış* =2
            terbiye* =3
            söz dinlemiyor =3
            laf dinlemiyor =3
            kreş* =2
            anaokul* =2
            eşim =1
            kocam =1
            ekran süresi =2
            kavga* =1
            dinlemiyor =3
            gece geç =2
            ebeveyn kursu =3
            aile danışman* =3
            aile terapisi =3
            yatma saati =2
            kardeşler =2
            kavga ediyorlar =2
            bağırıyor =1
            çocukların babası =2
            eski eşim =2
            velayet =3
            kreş* =2
            vuggestue =2
            dagpleje =2
            bilgisayar oyun* =2
            gece geç geliyor =3
            beni dinlemiyor =3
            kayınvalide* =2
            kayınpeder* =2
            karışıyor =2
            telefondan kalkmiyor =3
            telefonla oynuyor =2
            esrar iciyor =3
            esrar =2
            uyusturucu =2
        """,
        "general": """
            numaram degisti =3
            numarami degistirdim =3
            yeni adres =2
            toplantı*|randevu*|görüşme* ... alabilir*|ertele*|değiştir*|kaydır*|iptal =3
            toplantı* =1
            telefon* =1
            hangi saatlerde =2
            tercüman* =2
            çevirmen* =2
            adres* =2
            yeni numara* =2
            form* =1
            doldur* =1
            mitid =2
            çeviri =2
            tercüme =2
            iptal =2
            yeni adresim =2
            numaramı değiştirdim =2
            yeni numaram =2
            buluşalım =2
            görüşebilir miyiz =2
            sizi bulamıyorum =2
            hangi saatte =2
        """,
    },
    urgent={
        "violence": """
            tokat* =2
            tekme* =2
            şiddet* =2
            bıçak* =2
            hayatımdan endişe* =2
            taciz* =2
            tecavüz* =2
            güvende değil* =2
            kilitledi =2
            zorla evlen* =2
            morluk* =2
            kapının önünde =2
            beni takip =2
            dışarı çıkmama izin vermiyor =2
            beni eve kilitl* =2
            eşyaları kır* =2
            telefonumu aldı =1
            pasaportumu aldı =1
            beni tehdit =2
            beni itti =2
            canımı yaktı =2
            bana zarar =2
            beni öldüreceğini söyledi =2
            elini kaldırdı =2
        """,
        "self_harm": """
            intihar* =3
            ölmek istiyorum =3
            ölmek ist* =3
            kendimi öldür* =3
            kendime zarar =3
            kendimi kes* =3
            yaşamak istemiyorum =3
            yaşamak istemi* =3
            canıma kıy* =3
            hayatıma son =3
            her şeye son =3
            ölsem =3
            çok hap =2
            aşırı doz =3
            bensiz daha iyi =3
            kötü şeyler =2
            aklımdan kötü =3
            kimse beni özlemez =3
            karanlık düşünceler =3
            ölmeyi düşünüyorum =3
            ölümü düşünüyorum =3
            hayattan bıktım =3
            yaşamaktan bıktım =3
            kaybolmak istiyorum =3
            veda mektubu =3
            bütün hapları içtim =3
            herkes bensiz =3
            hayatın anlamı yok =3
        """,
        "child_at_risk": """
            oğlum*|kızım*|çocuğum*|çocuklar* ... kayboldu|kayıp =2
            eve gelmedi =2
            eve dönmedi =2
            evden kaçtı =2
            evde yalnız =2
            yalnız bıraktı* =2
            oğlumu|kızımı|çocuğumu|çocuklarımı ... bulamıyorum =2
            ihmal* =2
            evden attı =2
            kapı dışarı =2
            evde tek başına =3
            tek başına evde =3
            evde kimse yok =2
            büyük kimse yok =2
            nerede olduğunu bilmiyorum =3
            dünden beri eve gelmedi =3
            sokakta yattı|uyudu =3
            vücudunda ... iz* =3
            morarmış =3
            yanık izi =3
            eve gitmekten korkuyor =3
            babasından|annesinden|üvey babasından korkuyor =3
            çocuğu|çocukları|oğlumu|kızımı dövüyor|dövdü|vurdu =3
            onu dövüyor =3
            günlerdir yemek yemedi =3
            çocu*|oğl*|kız*|bebe* ... yalnız|tek başına
            arabada yalnız
            evden kaçtı
            görmedim ... beri
            dövdü|vurdu|dövüyor ... çocu*|oğl*|kız*|bebe*
            amcası ... dokun*
            korkuyor ... babası*|annesi*|üvey
        """,
        "acute_illness": """
            bayıldı* =3
            bayılıyor* =3
            baygın* =3
            bilinci kapalı =3
            nefes alamıyor* =3
            nefes alamı* =3
            nefes darlığı =3
            kanama* =3
            kanıyor =3
            kan geliyor =2
            kan kaybı =2
            kan kusuyor =3
            yüksek ateş =2
            ateşi çok =2
            ambulans* =3
            kriz* =2
            nöbet* =2
            havale =2
            göğüs ağrı* =3
            göğsüm ağrıyor =3
            zehirlen* =3
            kalp krizi =3
            felç =3
            çok hasta =2
            ağır hasta =3
            112 =3
            göğsü ağrıyor =3
            göğsünde ağrı =3
            göğüs sıkışması =3
            nefes alamıyor =3
            nefesi kesiliyor =3
            zor nefes =3
            dudakları mor* =3
            yüzü kaydı =3
            ağzı kaydı =3
            kolunu|bacağını oynatamıyor =3
            uyuşma =2
            çok fazla hap =3
            hap içti =3
            ilaç içti =2
            tepki vermiyor =3
            yere düştü =2
            kafasını vurdu =3
            çok kan =3
            şişti =2
            uyanmıyor =3
            uyandıramıyorum =3
            ateşi 39|40|41 =3
            ateş 39|40|41 =3
            göğs* ... ağrı*|sıkış*|baskı
            nefes* ... zor|güç|hızlı|durdu|alamı*
            hap*|ilaç* ... yuttu|içti|aldı
            yuttu|içti ... hap*|ilaç*|çamaşır suyu|deterjan|zehir
            astım krizi
            şekeri düştü
            kalbi ... çok hızlı
            düştü ... başı*
            boynu tutuldu
            yerde yatıyor
            ayağa kalkamıyor
        """,
    },
    idioms={
        "violence": """
            öldür*
            öldürecek*
        """,
        "self_harm": """
            ölüyorum
            ölücem
            öleceğim
        """,
    },
    # danger concepts, combined by bot/routing/urgent.py (COMBINATIONS): phrases separated by commas
    concepts={
        "headache": """
            bas agrisi, baş ağrısı, basi agriyor, başı ağrıyor  # round 7 (heldout_v5 classes)
        """,
        "purple_spots": """
            mor lekeler, mor noktalar, bastirinca gecmeyen, bastırınca geçmeyen  # round 7 (heldout_v5 classes)
        """,
        "vision_loss": """
            iyi goremiyor, çift görüyor, bulanik goruyor  # round 7 (heldout_v5 classes)
        """,
        "abuse_burn": """
            sigarayla yakiyor, sigara ile yakıyor, sigarayla yakti  # round 7 (heldout_v5 classes)
        """,
        "intrude": """
            geceleri odasina giriyor, odasına giriyor, gece odasina geliyor  # round 7 (heldout_v5 classes)
        """,
        "wont_go_home": """
            eve gelmek istemiyor, eve gitmek istemiyor, eve donmek istemiyor, eve gelmeye korkuyor  # round 7 (heldout_v5 classes)
        """,
        "veiled_threat": """
            bir dahaki sefere yasamazsin, bir daha sağ kalmazsın, sag kalmazsin, pisman ederim, pişman edecek, pisman edecek, seni bitiririm, onu bitirecek, isini bitiririm  # round 7 (heldout_v5 classes)
        """,
        "lurking": """
            arabasini gordum, arabasi kapida, apartmanin onunde, evin onunde, kapimizin onunde, kapimdaydi, kapidaydi  # round 6 (heldout_v4 classes)
        """,
        "silenced": """
            arama sadece mesaj, beni arama, sadece mesaj at, aramayin  # round 7 (heldout_v5 classes)
            rahat konusamiyorum, rahatca konusamiyorum, gibi yap, arayamiyorum, arkadasimin telefonundan  # round 6 (heldout_v4 classes)
        """,
        "watched": """
            telefonumu kirdi, telefonumu duvara atti, telefonumu firlatti  # round 7 (heldout_v5 classes)
            mesajlarimi okuyor, mesajlarimi kontrol, telefonumu aldi, telefonumu aliyor, telefonumu kontrol ediyor, telefonuma bakiyor  # round 6 (heldout_v4 classes)
        """,
        "conditional": """
            eger, egerki  # round 6 (heldout_v4 classes)
        """,
        "pregnant": """
            hamile*, gebe*  # round 6 (heldout_v4 classes)
        """,
        "complaint": """
            sikayet*  # round 6 (heldout_v4 classes)
        """,
        "harmless": """
            karisiyor, karisip, karismasi  # round 6 (heldout_v4 classes)
            odev*, hava, havalar, bu havaya, yagmur*, otobus*, tren, trafik*, kuyruk*, sira, bekleme*, gurultu*, sicak, sicaklar, soguk, kar, yazici*, internet*, wifi, uygulama*, dis agri*, disim*, dislerim, bel agri*, belim, sirt agri*, bas agri*, oksuruk*, camasir*, bulasik*, temizlik*, sinav*, insaat*, tadilat*, kuf*, rutubet*  # round 6 (heldout_v4 classes)
        """,
        "moving": """
            tasiniyoruz, tasinacagiz, tasinma, cunku tasiniyoruz  # round 5 (heldout_v3 classes)
        """,
        "paperwork": """
            evrak*, kagit*, belge*, form*, basvuru*, sistem*  # round 5 (heldout_v3 classes)
        """,
        "online": """
            snapchat, instagram, tiktok, internetten, internette, online  # round 5 (heldout_v3 classes)
        """,
        "done": """
            dayanamiyorum, dayanamiyom, kaldiramiyorum, devam edemiyorum, artik dayanamiyorum, artik kaldiramiyorum  # round 6 (heldout_v4 classes)
            dayanamiyorum artik, artik dayanamiyorum, bittim, pes ediyorum, artik yapamiyorum  # round 5 (heldout_v3 classes)
        """,
        "drowsy": """
            cok halsiz ve uyanmiyor  # round 7 (heldout_v5 classes)
            uyuklu, uyusuk, gozlerini acamiyor, uyanik kalamiyor, uyku hali  # round 5 (heldout_v3 classes)
        """,
        "faint": """
            bayilacak, bayilacak gibi, bayiliyor, bayilmak uzere  # round 5 (heldout_v3 classes)
        """,
        "hypo": """
            terliyor, titriyor, bas donmesi, basi donuyor, sacmaliyor, solgun, bilinci bulanik, ne dedigini bilmiyor  # round 5 (heldout_v3 classes)
        """,
        "diabetic": """
            seker hasta*, seker hastaligi, diyabet*, insulin, sekeri dustu  # round 5 (heldout_v3 classes)
        """,
        "on_edge": """
            balkonda duruyorum, balkonun kenarinda, catida duruyorum, koprude, koprunun ustunde  # round 5 (heldout_v3 classes)
        """,
        "not_picked_up": """
            kimse almadi, kimse almaya gelmedi, okuldan almadilar, kimse gelip almadi  # round 5 (heldout_v3 classes)
        """,
        "groom": """
            fotograflarini cekti, fotograf istiyor, fotografini istiyor, ciplak fotograf*, ona mesaj atiyor  # round 5 (heldout_v3 classes)
        """,
        "gang": """
            buyuk cocuklar, abiler, cete, zorla paket, paket tasit*, uyusturucu sat*, paket goturmesini  # round 5 (heldout_v3 classes)
        """,
        "confine": """
            disari cikmamiza izin vermiyor, disari cikmama izin vermiyor, hicbir yere birakmiyor, hicbir yere gondermiyor, evden cikarmiyor, evden cikmama izin vermiyor  # round 5 (heldout_v3 classes)
        """,
        "papers_taken": """
            pasaportlari aldi, pasaportumu aldi, pasaportlarimizi aldi, pasaportlarimizi sakladi, kimligimi aldi, oturum kartimi aldi  # round 5 (heldout_v3 classes)
        """,
        "hunt": """
            yeni adresimizi biliyor, yeni adresimizi bulmus, nerede oturdugumuzu ogrendi  # round 7 (heldout_v5 classes)
            bulacagim, bulacam, seni bulurum, sizi bulurum, bulurum  # round 6 (heldout_v4 classes)
            bizi ariyor, beni ariyor, kapinin onunde bekliyor, kapida bekliyor, buraya geliyor, pesimizde  # round 5 (heldout_v3 classes)
        """,
        "hide": """
            odaya kilitlendik, odaya kapandik, kapiyi kilitledik  # round 5 (heldout_v3 classes)
            banyoya kilitlendik, banyoya kapandik, banyodayiz, komsudayiz, komsuya kactik, komsumdayim, saklandik, saklaniyoruz  # round 5 (heldout_v3 classes)
        """,
        "rage": """
            kapiyi yumrukluyor, kapiya vuruyor, kapiyi tekmeliyor  # round 5 (heldout_v3 classes)
            kapiyi kirdi, kapiyi kiriyor, esyalari kiriyor, her seyi kiriyor, her seyi kirdi, esyalari firlatiyor, duvari yumrukluyor  # round 5 (heldout_v3 classes)
        """,
        "strangle": """
            bogazimi sikti, bogazimi sikiyor, bogdu beni, bogazima sarildi, beni bogmaya calisti, ellerini bogazima, boynumu sikti  # round 5 (heldout_v3 classes)
        """,
        "demand": """
            para istiyor, parami aliyor, parami aldi, zorla aldi, vermem icin zorluyor, zorla verdirdi  # round 5 (heldout_v3 classes)
        """,
        "codes": """
            sifre*, pin kodu, pin kodumu, banka karti*, banka kartimi, kart sifre*, mitid  # round 5 (heldout_v3 classes)
        """,
        "entrust": """
            cocuklar anneannesiyle kalmali, çocuklar babaannesiyle kalmalı, cocuklarima iyi bakin  # round 7 (heldout_v5 classes)
            cocuklarima iyi bakin, cocuklarima iyi bak, cocuklarima sahip cikin, cocuklarima goz kulak olun, onlara iyi bakin, cocuklara iyi bakin  # round 5 (heldout_v3 classes)
        """,
        "farewell_soft": """
            bugunden sonra cevap vermezsem, bugünden sonra cevap vermezsem  # round 7 (heldout_v5 classes)
            her sey icin tesekkurler, her sey icin tesekkur ederim, her sey icin sag olun, boylesi daha iyi, boylesi herkes icin daha iyi, son mesajim, son mesajim olsun, bu son mesajim, son mesajimdir  # round 5 (heldout_v3 classes)
        """,
        "pharmacy": """
            eczane*, recete  # round 4 (heldout_v2 classes)
        """,
        "enjoy": """
            eglendiler, eglendi, kamp*, gezi, parti, senlik  # round 4 (heldout_v2 classes)
        """,
        "exposed": """
            montsuz, eksi derece  # round 7 (heldout_v5 classes)
            soguk, soğukta, yagmurda, yagmur, kar, donuyor, agliyor, korkuyor, yalniz, tek basina, kapiyi kilitledi  # round 4 (heldout_v2 classes)
        """,
        "droop": """
            kaymis, kaydi, dustu, dusmus, sarkti, sarkik, egri, carpik  # round 4 (heldout_v2 classes)
        """,
        "hopeless": """
            gelecek goremiyorum, hicbir gelecek, gelecek yok, umut yok, umudum yok, umutsuz*  # round 4 (heldout_v2 classes)
        """,
        "shut_out": """
            evden kovdu, evden atti  # round 7 (heldout_v5 classes)
            kapiyi kilitledi, kapiyi kilitlemis, kapiyi ustune kilitledi  # round 4 (heldout_v2 classes)
            kapiyi acmiyor, kapiyi acan yok, iceri almiyor, iceri almiyorlar, evde kimse yok  # round 4 (heldout_v2 classes)
        """,
        "disobey": """
            beni dinlemiyor, soz dinlemiyor, dinlemiyor, arkadaslariyla, parti, eglence, gec geliyor  # round 4 (heldout_v2 classes)
        """,
        "dropout": """
            liseyi birakti, liseyi bıraktı, okulu birakti, okulu bıraktı  # round 7 (heldout_v5 classes)
            okulu birakti, okulunu birakti, meslek okulunu birakti, okuldan ayrildi, egitimi birakti  # round 4 (heldout_v2 classes)
        """,
        "drugs": """
            esrar, uyusturucu, ot iciyor, sigara  # round 4 (heldout_v2 classes)
        """,
        "hyperbole": """
            patronum, patron, mudur, ogretmen, hoca, gec kalirsam, gec kaldim  # round 4 (heldout_v2 classes)
            faturalar, fatura, sinav, sinavlar, odev, odevler, gurultu, gurultuden, isler, isim, isten, is yeri, sicak, formlar, evraklar, gulmekten, film, trafik, okul  # round 4 (heldout_v2 classes)
        """,
        "tell": """
            birine soylersen, kimseye soylersen, birine anlatirsan, kimseye anlatirsan, polise gidersen, polisi ararsan, aileme gidersem, ailene gidersen, beni birakirsan, onu birakirsam  # round 4 (heldout_v2 classes)
        """,
        "follow": """
            bulusacak, bulusuyor, bulusmaya gidecek, gorusecek  # round 5 (heldout_v3 classes)
            okulun onunde bekliyor, bekliyor, onunla gelmesini, onunla gitmesini, arabasina binmesini  # round 4 (heldout_v2 classes)
            takip ediyor, takip etti, pesinden geliyor, pesine takildi, arabasina, arabasiyla  # round 4 (heldout_v2 classes)
        """,
        "stranger": """
            yetiskin bir adamla, yasli bir adamla, tanimadigi bir adamla  # round 5 (heldout_v3 classes)
            bir adam, yetiskin bir adam, yasli bir adam  # round 4 (heldout_v2 classes)
            tanimadigim bir adam, tanimadigim adam, yabanci bir adam, yabanci adam, bilmedigim bir adam, tanimadik bir adam  # round 4 (heldout_v2 classes)
        """,
        "outdoors": """
            balkonda  # round 7 (heldout_v5 classes)
            disarida, disari, merdivende, merdivenlerde, sokakta, soguk, parkta, kapiyi acmiyor, kapiyi acan yok, iceri almiyor, iceri almiyorlar  # round 4 (heldout_v2 classes)
        """,
        "night": """
            bu aksam, aksam  # round 6 (heldout_v4 classes)
            butun gece, tum gece, gece boyunca, dun geceden beri, dun aksamdan beri, gece yarisindan beri, geceyi, bu gece  # round 4 (heldout_v2 classes)
        """,
        "sudden": """
            ogleden beri, sabahtan beri, bir saattir  # round 4 (heldout_v2 classes)
            birden, aniden, birdenbire, bir anda  # round 4 (heldout_v2 classes)
        """,
        "one_side": """
            sol kolu, sag kolu, sol bacagi, sag bacagi, kolu tutmuyor, kolunu oynatamiyor, bacagi tutmuyor  # round 4 (heldout_v2 classes)
            bir tarafi, bir yani, yuzunun bir tarafi, yuzu kaydi, agzi kaydi, agzi egildi, yuzu dustu, kolunu kaldiramiyor, kolu gucsuz, sag tarafi, sol tarafi, sag kolu, sol kolu  # round 4 (heldout_v2 classes)
        """,
        "speech_loss": """
            kelimeleri karistiriyor, anlamsiz konusuyor  # round 7 (heldout_v5 classes)
            kelimeleri karistiriyor, kelimeleri bulamiyor, anlamsiz konusuyor, sacmaliyor  # round 4 (heldout_v2 classes)
            konusamiyor, konusamiyo, konusmasi bozuk, konusmasi garip, konusmasi anlasilmiyor, dili dolaniyor, kelimeleri cikaramiyor  # round 4 (heldout_v2 classes)
        """,
        "give_away": """
            altinlarimi verdim, altınlarımı verdim, altinlarimi kardesime, cocuklarin esyalarini dagittim  # round 7 (heldout_v5 classes)
            her seyimi sattim, esyalarimi sattim, her seyi sattim, kedimi|kopegimi verdim  # round 5 (heldout_v3 classes)
            esyalarimi ... verdim|dagittim, takilarimi ... verdim  # round 4 (heldout_v2 classes)
            esyalarimi dagittim, esyalarimi verdim, esyalarimi dagitiyorum, her seyimi verdim  # round 4 (heldout_v2 classes)
        """,
        "no_need": """
            artik benim icin uzulmeyin, benim icin uzulmeyin, beni merak etmeyin artik, artik dert etmeyin  # round 5 (heldout_v3 classes)
            artik ihtiyacim olmayacak, ihtiyacim olmayacak, baska bir sey gerekmez, gerek kalmadi  # round 4 (heldout_v2 classes)
        """,
        "forgive": """
            affedin beni, beni affedin, hakkinizi helal edin, hakkini helal et, her sey icin ozur dilerim, herseyi icin affedin, sizi cok seviyorum  # round 4 (heldout_v2 classes)
        """,
        "farewell": """
            vasiyetimi yazdim, vasiyetimi yazdım, vasiyetim  # round 7 (heldout_v5 classes)
            herkese veda ediyor, herkesle vedalasiyor, herkese veda etti  # round 6 (heldout_v4 classes)
            cocuklarima onlari sevdigimi soyleyin, onlari sevdigimi soyleyin, cocuklarima seni seviyorum de  # round 5 (heldout_v3 classes)
            mektup yazdim, mektuplar yazdim, birer mektup, veda mektubu, vedalastim, veda ettim  # round 4 (heldout_v2 classes)
        """,
        "send": """
            gonderecek*, gondermek, gondermek istiyor, yollayacak*, yollamak
        """,
        "height": """
            balkon*, kopru*, pencere*, cati*, tren*, raylar*
        """,
        "jump": """
            atlamak, atlamayi, atlayacagim, atlayayim, kendimi atmak, kendimi atacagim, atlamayı
        """,
        "minor": """
            biraz, azicik, ciddi degil, ciddi bir sey yok, hafif, onemli degil, kucuk
        """,
        "take": """
            alip, alacak, alacagini, goturecek, goturup, kacir*, kacacak*
        """,
        "forced": """
            zorla, zorluyor, istemeden, istemedigi halde
        """,
        "abroad": """
            yurtdisi*, memlekete, turkiyeye, disariya, ulkeden
        """,
        "marry": """
            evlendirmek, evlendirecek, evlendirme*, kocaya ver*  # round 6 (heldout_v4 classes)
            evlendir*, evlenmeye, evlilik, nikah
        """,
        "blister": """
            su toplad*, kabarcik, derisi soyuldu, deri soyuldu
        """,
        "peer": """
            baska bir cocuk, baska cocuk, baska bir ogrenci, sinif arkadasi, sinif arkadaslari, baska cocuklar
        """,
        "lonely": """
            arkadasi yok, hic arkadasi yok, arkadas, yalnizlik cekiyor
        """,
        "yell": """
            bagiriyor, bagirdi, bagirip, cagiriyor, kiriyor, kirdi, esyalari kiriyor
        """,
        "hit": """
            doverim, döverim, dovecegim, döveceğim, dovecek  # round 7 (heldout_v5 classes)
            dovuyor*, dovdu*, dovmus*, doverdi, dovulu*, vurdu, vuruyor, vurur, vurmus, vuracak, dovdu,
            dovuyor, dover, dovmus, dovecek, dovuldum, dovuluyor, dayak*, tokat*, tekme*, yumruk*, itti,
            itip, boguyor, bogdu, saldir*
        """,
        "hit_me": """
            kolumu kirdi, kolumu kırdı, burnumu kirdi  # round 7 (heldout_v5 classes)
            bogazimi sikti, bogazimi sikiyor, bogmaya calisti, bogazini sikti,
            beni|bizi|cocuklari|onu dovdu|dovuyor|dovuyo|vurdu|vuruyor, bana|bize vurdu|vuruyor|tokat,
            el kaldir*
        """,
        "target": """
            beni, bana, bizi, bize, annemi, annem, esimi, karimi, kardesimi, onu, onlari
        """,
        "agent": """
            abisi, agabeyi, ağabeyi, uvey babasi, üvey babası  # round 7 (heldout_v5 classes)
            dedesi, dedem, kaynim, kayinbiraderim, uvey anne, kocam, kocami, kocamdan, esim, eski esim,
            eski kocam, babam, babasi, babalari, uvey baba*, abim, agabey*, amcasi, dayisi,
            erkek arkadasim, sevgilim, kayinpeder*
        """,
        "threat": """
            tehdit*, tehtit*
        """,
        "kill": """
            oldururum, hepinizi oldur*, hepimizi oldur*, oldurur, oldurecek, oldurmek, olduracak, oldurdu,
            olduruyor, gebertir*, gebertecek
        """,
        "weapon": """
            kemer, kemerle, kablo, bicak*, silah*, tabanca
        """,
        "fear": """
            kork*, korkar*, korkuyorum, korkuyor*, korktum, korkariz, korkuyoruz, korku, dehset*
        """,
        "home": """
            eve, evde, evime, donmeye, eve gitmeye, eve donmek, evde kalmaya
        """,
        "unsafe": """
            nerede oldugumuzu bilmemeli, bizi bulmamali, ondan saklaniyoruz, cocuklarla kactim, bu gece eve donemem  # round 4 (heldout_v2 classes)
            saklaniyoruz, saklandik, kapiyi kiriyor, kapiyi kilitliyor, kapiyi kilitledi, anahtari aliyor,
            anahtari aldi, telefonumu aliyor, disari cikamiyoruz, guvende degil*, guvende hissetmiyorum,
            siddet, siddete, siddet goruyorum, siddet uyguluyor, kilitledi, disari cikarmiyor, siginma evi,
            kadin siginma*
        """,
        "bruise": """
            morartmisti, morartti, morartmış, morarmis  # round 7 (heldout_v5 classes)
            yanik izleri, yanik izi, izleri var, morluklar  # round 5 (heldout_v3 classes)
            izler, iz var, morluk*, morarmis, yara izi, yanik izi
        """,
        "child": """
            kucuk, ufak, yegenim, cocuk*, cocugum*, cocuklar*, oglum*, oglu, kizim*, bebek*, bebegim*,
            yavrum, yasinda, yasindaki
            kizi, cocugu, komsunun kizi|oglu|cocugu  # round 4: a neighbour's child
        """,
        "alone": """
            yalniz*, tek basina, kendi basina, kimse yok, buyuk yok, birakti, birakip, birakmis
        """,
        "missing": """
            evde yatmadi, eve gelmedi, kayip, kayboldu, kaybolmus, kacti, kacmis, evden kacti, eve donmedi,
            nerede oldugunu bilmiyorum, nerede bilmiyorum, bulamiyorum, haber alamiyorum, ulasamiyorum
            eve gelmedi, eve donmedi, geri gelmedi, hala gelmedi, hala donmedi, hic haber yok, kimse gormemis, telefonu kapali, telefonunu acmiyor, ulasamiyoruz
        """,
        "suicide": """
            her seyi bitirecegim, her seyi bitirece*, kendini oldurece*, intihar*, kendimi oldur*,
            canima kiy*, hayatima son*, kendimi asmak
        """,
        "want": """
            istiyor, istemiyor, istemiyo  # round 6 (heldout_v4 classes)
            istiyorum, isterim, keske
        """,
        "die": """
            olmek, oleyim, olsem, olmeyi, yok olmak, uyanmamak
        """,
        "no_life": """
            kimse uzulmez, kimse uzulmeyecek, beni kimse aramaz, kimse fark etmez, kimse ozlemez  # round 5 (heldout_v3 classes)
            ne anlami var artik, ne anlami var ki, bir daha uyanmamak, uyanmamak istiyorum, ben gidersem daha mutlu, ben olmasam daha iyi, herkese yuk  # round 4 (heldout_v2 classes)
            hicbir cikis yolu, cikis yolu yok, cikis yolu goremiyorum, cikis yolu goremiyom, yasamak icin bir sebep yok, yasamak icin sebep yok, yasamak icin nedenim yok, hayatin anlami kalmadi, bensiz daha iyi olurlar, bensiz daha rahat, yasamaktan yoruldum, yasamak istemiyorum artik, her seyi bitirecegim, esyalarimi dagittim, esyalarimi verdim  # round 4 (heldout_v2 classes)
            herkese veda ettim, bana bir sey olursa, uyuyup uyanmamak, cocuklarima mektup yazdim
            yasamak istemiyorum, yasamak istemi*, bensiz daha iyi, bensiz daha
            hayatin anlami yok, yasamanin anlami yok, veda mektubu
            vedalas*, hayattan bikt*, yasamaktan bikt*, kotu seyler geciyor, aklimdan kotu
            olmek istiyorum, olsem daha iyi, keske olsem, yasamak istemiyorum, yasamak istemiyom, her seyi bitirmek, herseyi bitirmek, her seyi bitirecegim, artik yeter hayat, hayattan biktim, bensiz daha iyi olur, yuk oluyorum, kimseye yuk olmak istemiyorum
            kimse beni ozlemez, kimse fark etmez, ben olmasam, ben olmazsam, ben gidersem
        """,
        "cut": """
            kesiyorum, kestim, jilet, zarar ver*
        """,
        "self": """
            kendimi, kendime, bileklerimi, kolumu
        """,
        "breathe": """
            nefes*, solu*
        """,
        "trouble": """
            hiriltili, hiriltiyla, alamiyor, alamiyorum, zor, zorlaniyor, darlik, durdu, hizli, yok,
            kesildi, tikandi, cekemiyor
        """,
        "chest": """
            gogus*, gogsu*, gogsum*, kalp*, kalbi*, kalbim
        """,
        "pain": """
            agri*, agriyor, aci*, sikisma, sikisiyor, baski, carpinti, batiyor
        """,
        "unconscious": """
            bayildi, bayilmis, bayiliyor, bilinci kapali, bilincini kaybetti, tepki vermiyor,
            kendinden gecti, yigildi
            yere dustu, yere yigildi, kendinde degil, hareket etmiyor, tepkisiz
        """,
        "not_waking": """
            uyanmiyor, uyandiramiyorum, uyanamiyor, uyanmadi, kendine gelmiyor
        """,
        "bleeding": """
            kafasindan cok kan geliyor  # round 7 (heldout_v5 classes)
            kanama*, kaniyor, kan kaybi, cok kan, kan geliyor, kan kusuyor, kan tukuruyor
        """,
        "seizure": """
            titriyor, gozleri kaydi, gozleri dondu, nobet geciriyor, nobet gecirdi, havale, kasiliyor,
            kasilma
            kasilma*, kasiliyor, kasildi, nobet geciriyor, havale geciriyor, titriyor
        """,
        "blue": """
            morardi, morarmis, morarmış, mor oldu|olmus|olmuş, mosmor, mavi
        """,
        "lips": """
            dudak*, dudaklari, yuzu
        """,
        "poison": """
            camasir suyu, deterjan, temizlik malzemesi, bulasik tableti, zehir*, zehirlen*, yuttu
        """,
        "overdose": """
            asiri doz, doz asimi
        """,
        "pills": """
            hap*, ilac*, uyku hapi, uyku haplari  # round 4 (heldout_v2 classes)
            haplar*, haplarimi, ilac*, hap, haplar, haplari, hapi, tablet*
            hap, haplar*, hapi, haplari, ilac*, ilaclar*
        """,
        "swallow": """
            hepsini, tum, butun, kutusunu, yuttu
        """,
        "fever": """
            ates*, harare
        """,
        "high": """
            40, 41, 42, cok yuksek
        """,
        "stroke": """
            konusmasi bozuk, konusmasi garip, felc*, yuzu kaydi, agzi kaydi, dili dolaniyor,
            uyusma, uyustu
        """,
        "emergency": """
            ambulans*, acil servis*, acile, acildeyiz, 112
        """,
        "allergy": """
            fistik, yer fistigi, findik, ceviz, alerji*, ari soktu, soktu
        """,
        "swelling": """
            sisti, sismis, sisiyor, sislik, bogazi, dili
        """,
        "fall": """
            dustu, dusmus, yere dustu
        """,
        "head": """
            basini, basi, kafasi, kafasini
        """,
        "negation": """
            degil, hic, asla, artik
        """,
        "police": """
            polis, polise, polisi
        """,
        "forced_marriage": """
            zorla evlendir*, zorla evlen*, zorla nikah*
        """,
        "abduct": """
            bir daha goremeyeceksin, bir daha goremezsin, cocuklari okuldan aldi
        """,
        "drunk": """
            her yerde şişeler, bos siseler  # round 7 (heldout_v5 classes)
            sarhoslar, ailesi sarhos  # round 6 (heldout_v4 classes)
            iciyor, icti, ictigi, ictiginde, sarhos
        """,
        "gather": """
            biriktiriyorum, biriktirdim, biriktiriyom, topladim, topluyorum, sakladim  # round 4 (heldout_v2 classes)
            topladim, biriktirdim, sakladim, satin aldim, kutu
        """,
        "since": """
            dunden beri, iki gundur, uc gundur, cumadan beri
        """,
        "past": """
            yillar once, yil once, gecen yil, gecen ay, eskiden, doverdi
        """,
        "resolved": """
            barıştılar, baristilar, arkadas oldular  # round 7 (heldout_v5 classes)
            simdi sakin, her sey sakin, artik sakin, polis konustu  # round 6 (heldout_v4 classes)
            simdi iyi, iyi simdi, bir sey olmadi, gecti, bosandik, bosandim, ayrildik, artik iyi, iyilesti
        """,
        "recent": """
            dun, dun gece, bugun, bu gece, bu sabah, yine, tekrar, su an
        """,
        "kill_us": """
            oldururum, hepinizi oldur*, hepimizi oldur*, bizi oldur*, cocuklari oldur*
        """,
        "breathless": """
            nefes alamiyor, nefes alamiyorum, nefesi kesildi, boguluyor, nefessiz
        """,
        "ate": """
            haplarimi bulmus, ilaclari bulmus, yedi, yemis, icti, icmis, yuttu
            yutmus, yuttu, yutmuş, icti, icmis, yedi, yemis
        """,
        "blade": """
            jilet, jiletler
        """,
        "unresponsive": """
            kalkamiyor, ayaga kalkamiyor, konusmuyor, kipirdamiyor, hareket etmiyor, tepki vermiyor
        """,
        "unreachable": """
            kimse kapiyi acmiyor, kapiyi acan yok  # round 6 (heldout_v4 classes)
            telefonu kapali, telefonu acmiyor, cevap vermiyor
        """,
        "of_him": """
            ondan, kocamdan, babamdan, babasindan, esimden, abimden
        """,
        "outside": """
            sokakta yatiyor, disarida uyuyor, disarida kaldi, merdivende uyuyor
        """,
        "hungry": """
            ac, aclar, yemek yok, yemek yemedi, yemek yemediler, hic yemedi
        """,
        "touch": """
            dokunuyor, elliyor, taciz
        """,
        "fall_high": """
            balkondan|pencereden|merdivenden dustu
        """,
        "vomit": """
            kusuyor, kustu, kusma
        """,
        "threat_me": """
            beni tehdit, bizi tehdit, tehdit ediyor beni, cocuklari tehdit
        """,
        "institution": """
            ev sahibi, belediye, kommune, is merkezi, jobcenter, banka, okul, vergi
        """,
        "chronic": """
            aflastning, bakim molasi  # round 7 (heldout_v5 classes)
            bazen, ara sira, arada bir, haftalardir, aylardir, yillardir, sik sik
        """,
        "burn": """
            yandi, haslandi, kaynar su
            yandi, yanmis, haslandi, kaynar su, yanik
        """,
        "crying": """
            agliyor, bagiriyor
        """,
        "out": """
            merdivende, sokakta, disarida
        """,
        "question_ok": """
            sorun olur mu, normal mi, izin var mi, olur mu
        """,
    },
    guards="""
        geri  # round 6 (heldout_v4 classes)
        topa vurdu|vurdum|vuruyor  # round 5 (heldout_v3 classes)
        kayip esya*  # round 5 (heldout_v3 classes)
        kayip kazanc*  # round 5 (heldout_v3 classes)
        kayip gelir*  # round 5 (heldout_v3 classes)
        kayip is geliri  # round 5 (heldout_v3 classes)
            randevu* kacti|kacmis
            otobus* kacti
            tren* kacti
            firsat* kacti
        yorgunluktan|acliktan|gulmekten|meraktan oluyorum|olucem|oldum
        yalniz|tek basina okula|okuldan
        vakit olduruyoruz|oldurmek|olduruyorum
        korkmuyor*
        korkma
        yalniz anne|baba
        tek basina buyut*|bakiyorum
        cocuklarla yalniz
        dil kurs*
        ates dustu|gecti|yok
        ateş* ... düştü|geçti|yok|indi
        ateşi yok
        acil değil
        acele değil
        acil durumda
        kan tahlili =3
        kan testi =3
        kan şekeri
        kan basıncı
        geç kalmaktan korkuyorum
        nöbetçi eczane
        ölüyorum merak*
        meraktan ölüyorum
        gülmekten öldüm
        öğrenci kaydı
    """,
    courtesy="""
        bayraminiz kutlu olsun  # round 7 (heldout_v5 classes)
        iyi bayramlar  # round 7 (heldout_v5 classes)
        vakit olduruyoruz  # round 5 (heldout_v3 classes)
        allah razi olsun  # round 5 (heldout_v3 classes)
        o yuzden cevap veremedim  # round 5 (heldout_v3 classes)
        o yuzden donemedim  # round 5 (heldout_v3 classes)
        telefon|telefonum kapandi  # round 5 (heldout_v3 classes)
        sarjim bitti  # round 5 (heldout_v3 classes)
        belgeleri yukledim|gonderdim  # round 5 (heldout_v3 classes)
        e boks|eboks ... yukledim|gonderdim  # round 5 (heldout_v3 classes)
            sadece haber vereyim dedim
            haber vereyim dedim
            bilginiz olsun
            bilginize
            cok sukur
            allaha sukur
            sukurler olsun
            iyi gecti
            cok iyi gecti
            guzel gecti
            allah razi olsun
            yardimci oldunuz
            eline|ellerine saglik
            allah razi olsun cok yardimci oldunuz
        yardiminiz icin tesekkurler
        nasilsiniz
        allah razi olsun
        eline saglik
        gorusmek uzere
        tamamdir
        geldim
        vardim
        teşekkürler
        teşekkür ederim
        teşekkür
        sağol
        sağ ol
        sağolun
        çok sağol
        eyvallah
        tşk
        tşkler
        iyi akşamlar
        iyi geceler
        iyi hafta sonları
        iyi haftasonu
        görüşürüz
        yarın görüşürüz
        hoşça kal
        geliyorum
        yoldayım
        biraz geç kalacağım
        iyi geçti
        her şey yolunda
        sorun yok
        geç kalacağım
        biraz gecikeceğim
    """,
    acknowledgements="tamam tmm peki olur ok tamamdır",
    requests="""
        rica ediyorum
        acaba
        ne yapmaliyim
        ne yapayim
        bilmiyorum
        randevu
        edebilir misiniz
        bakabilir misiniz
        mi
        mu
        yardım*
        yardımcı
        lazım
        ihtiyacım
        ihtiyaç
        gerek
        istiyorum
        yapabilir misiniz
        misiniz
        mısınız
        musunuz
        nasıl
        ne zaman
        nerede
        kim
        arar mısınız
        beni ara*
        sorun*
        problem*
        soru*
        anlamadım
        anlamıyorum
        endişe*
        yapamıyorum
        lütfen
        alabilir miyiz
        miyiz
        miyim
        arayabilir*
    """,
    function_words="""
        ben sen o biz siz onlar bu şu bir ve veya ama için ile da de mi mı mu mü ne çok az daha
        var yok benim senin onun bizim sizin onların beni seni onu bize size şey gibi kadar
        artık hala şimdi burada orada merhaba
    """,
)
