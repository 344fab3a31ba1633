"""Sources of the doctors' draft tree ([Sx] of ../shared/reference/arbre-medecins-brouillon.md)."""

# code: (citation, url) — when a source has two addresses, the first is kept and the second cited.
SOURCES = {
    "S1": (
        "Ordre des médecins, règles certificat d'incapacité scolaire (màj 10/04/2024), via AccrochAJE",
        "https://accrochaje.cfwb.be/ressources/fiche/accrochaje-fiche/les-regles-relatives-a-letablissement-dun-certificat-medical-dincapacite-scolaire",
    ),
    "S2": ("Ordre des médecins, FAQ, art. 26 CDM", "https://ordomedic.be/fr/faq"),
    "S3": (
        "Conseil provincial Brabant, « À propos des certificats » (antidate)",
        "https://www.ombbw.be/en/l-ordre/online-library/item/156-a-propos-des-certificats",
    ),
    "S4": (
        "Ordre, décision du conseil provincial du 27/02/2025",
        "https://ordomedic.be/fr/case-law-articles/beslissing-van-de-provinciale-raad-27-februari-2025",
    ),
    "S5": (
        "RTBF 2019, l'école ne peut vérifier un certificat auprès du médecin",
        "https://www.rtbf.be/info/regions/liege/detail_seraing-l-ecole-peut-elle-verifier-la-validite-d-un-certificat-aupres-d-un-medecin?id=10213536",
    ),
    "S6": ("SSMG, certificats de complaisance", "https://www.ssmg.be/les-certificats-medicaux-de-complaisance/"),
    "S7": (
        "Lexgo, faux certificats (art. 196, 197, 204, 207 C. pén.)",
        "https://www.lexgo.be/en/news-and-articles/1065-fake-certificates",
    ),
    "S8": (
        "enseignement.be, Contrôle de l'absentéisme scolaire",
        "http://enseignement.be/index.php?navi=4997&page=28581",
    ),
    "S9": (
        "Bruxelles-J, absentéisme (8-16 demi-jours ; 20 demi-jours)",
        "http://bruxelles-j.be/etudier-se-former/enseignement-secondaire/labsenteisme-scolaire/",
    ),
    "S10": ("sos-ecole.be, Absence de l'élève", "https://sos-ecole.be/absence-de-leleve"),
    "S11": (
        "sos-ecole.be, Les représentants légaux ne viennent pas",
        "https://sos-ecole.be/les-parents-ne-viennent-pas",
    ),
    "S12": ("Athénée (absil.eu), signalement au 5e jour ouvrable", "https://absil.eu/article/obligation-scolaire"),
    "S13": ("enseignement.be, Fréquentation scolaire (élève régulier)", "http://enseignement.be/index.php?page=25089"),
    "S14": (
        "Hirsch, « Le refus scolaire anxieux », Réalités pédiatriques",
        "https://www.realites-pediatriques.com/author/ehirsch/",
    ),
    "S15": (
        "Martin-Guehl, « Refus scolaire anxieux », La Lettre du Psychiatre 2006",
        "https://studylibfr.com/doc/5003827/refus-scolaire-anxieux",
    ),
    "S16": (
        "Revelli, Charles, D'Hondt, « Refus scolaire anxieux ou phobie scolaire ? »",
        "https://123dok.net/document/qmjewm98-refus-scolaire-anxieux-ou-phobie-scolaire.html",
    ),
    "S17": (
        "medecine.savoir.fr, évaluation multidisciplinaire",
        "https://medecine.savoir.fr/les-therapeutiques-une-evaluation-multidisciplinaire",
    ),
    "S18": ("medecin-ado.org, BITS test", "https://medecin-ado.org/comment-reperer/un-test-fondamental"),
    "S19": ("Binder et al. 2019 (HAL)", "https://hal.science/hal-02128277v1"),
    "S20": ("PFRCC, urgences et crises (numéros)", "https://www.pfrcc.be/urgences-et-crises/"),
    "S21": (
        "AVIQ WikiWiph, secret professionnel partagé",
        "https://wikiwiph.aviq.be/Pages/Secret-professionnel-et-secret-professionnel-partag%C3%A9.aspx",
    ),
    "S22": ("Commission des psychologues, art. 458bis / 422bis", "https://www.psychologencommissie.be/fr/458bis"),
    "S23": ("Yapaka, PMS intermédiaire soumis au secret", "https://yapaka.be/node/94970"),
    "S24": ("Centre PMS (présentation)", "https://new.institut-saint-jacques.be/le-centre-pms"),
    "S25": ("ONE, Promotion de la santé à l'école", "https://www.one.be/professionnel/sante-a-lecole/pse/"),
    "S26": (
        "Psychologue de première ligne gratuit < 23 ans (1/02/2024)",
        "https://www.helan.be/fr/magazine/actualites/offre-gratuite-psychologue-de-premiere-ligne-pour-enfants/",
    ),
    "S27": (
        "REALiSM (voir aussi https://realism0-18.be/soins-specialises-en-sante-mentale)",
        "http://www.realism0-18.be/",
    ),
    "S28": (
        "Services de santé mentale (Wallonie ; tarifs) (voir aussi https://www.province.namur.be/sante_mentale)",
        "https://www.wallonie.be/fr/demarches/demander-un-agrement-en-tant-que-service-de-sante-mentale",
    ),
    "S29": ("AMO (voir aussi https://adomotamo.be/cadre-legal/)", "https://monamo.be/travail-a-la-demande/"),
    "S30": ("SAJ", "https://accrochagescolaire.brussels/node/13603"),
    "S31": (
        "SOS Enfants (voir aussi https://sosenfantsparentsvv.be/nos-missions/)",
        "http://sos-enfants-liege.be/index.php/missions/specificites-d-une-equipe-sos-enfants",
    ),
    "S32": ("SAS (SIEP)", "https://formations.siep.be/enseignement/sec/accrochage-scolaire"),
    "S33": ("Médiation scolaire", "https://ubmp-bupb.org/newsite/?p=4233"),
    "S34": (
        "EHD / type 5 (voir aussi http://www.hospichild.be/scolarite/durant-la-maladie-et-lhospitalisation/)",
        "https://www.eventail.be/societe/vie-associative/ehd-une-asbl-trop-meconnue",
    ),
    "S35": ("Openado / MADO (Province de Liège)", "http://www.provincedeliege.be/fr/evenement/69/13438"),
    "S36": (
        "Université de Paix, harcèlement",
        "https://www.universitedepaix.org/comment-reagir-en-cas-de-harcelement-scolaire",
    ),
    "S37": ("Planning familial", "https://planningbrainelalleud.be/?p=7054"),
    "S38": ("CPAS", "http://www.uvcw.be/articles/4,23,3,0,2206.htm"),
    "S39": ("Services Droit des Jeunes", "https://sdj.be/presentation"),
    "S40": (
        "Délégué général aux droits de l'enfant",
        "http://www.du-temps-extra.be/2018/09/02/le-delegue-general-aux-droits-de-lenfant/",
    ),
    "S41": (
        "Eurydice, besoins spécifiques et aménagements raisonnables (FWB)",
        "https://eurydice.eacea.ec.europa.eu/fr/national-education-systems/belgium-french-community/offre-educative-pour-les-eleves-besoins",
    ),
    "S42": ("CNTW NHS, School refusal", "https://www.cntw.nhs.uk/services/school-refusal/"),
    "S43": ("Holzer (SUPEA), ecoliers.ch", "https://www.ecoliers.ch/cms/conseils/le-refus-scolaire"),
    "S44": (
        "UFAPEC 2024, Certificat médical et décrochage",
        "https://www.ufapec.be/nos-analyses/0924-certificat-medical.html",
    ),
    "S45": (
        "Ordre, avis 1989 (certificats en matière scolaire) (voir aussi https://studylibfr.com/doc/6956125/absent%C3%A9isme-scolaire---certificats-m%C3%A9dicaux---conseil)",
        "https://ordomedic.be/fr/avis/attestations-certificats/certificat/certificats-medicaux-en-matiere-scolaire",
    ),
    "S46": (
        "Journal du Médecin, attestations dixit dans l'enseignement",
        "https://www.lejournaldumedecin.com/magazine/nouvel-avis-sur-les-attestations-dixit-dans-l-enseignement/article-normal-66499.html",
    ),
    "S47": (
        "Ordre, « raisons familiales » et formulaire INAMI",
        "https://ordomedic.be/fr/avis/attestations-certificats/certificat/certificat-medical-en-matiere-scolaire",
    ),
    "S48": (
        "Derbouz 2016 (certificat porte d'entrée ; Paulus)",
        "https://123dok.net/article/un-outil-de-la-relation-m%C3%A9decin-adolescent.6zkl2j8y",
    ),
    "S49": (
        "medecine.savoir.fr, symptomatologie / absences excusables (voir aussi https://medecine.savoir.fr/analyse-diagnostique-de-labsenteisme-scolaire-les-absences-excusable)",
        "https://medecine.savoir.fr/la-symptomatologie-classique-les-refus-scolaires-avec-troubles-emotionnels",
    ),
    "S50": (
        "Conditions de validité côté école (circulaire 4104 citée)",
        "https://www.ei-shape.be/index.php/en/practical/absences",
    ),
    "S51": ("CEF, motifs d'absence", "https://www.lecef.org/tes-droits/absences/"),
    "S52": ("Équipes mobiles DGEO", "https://extremismes-violents.cfwb.be/a-propos/service-des-equipes-mobiles/"),
    "S53": (
        "Équipes mobiles crise / soins assertifs enfants-ados (exemple BW)",
        "https://www.clps-bw.be/de-nouveaux-dispositifs-d2019equipes-mobiles-en-brabant-wallon",
    ),
    "S54": (
        "Variables proximales (Kearney)",
        "https://medecine.savoir.fr/lanalyse-des-refus-scolaires-les-variables-proximales",
    ),
    "S55": ("La Revue du Praticien, refus scolaire", "https://dev.larevuedupraticien.fr/article/refus-scolaire"),
    "S56": ("Procédure harcèlement art. 1.7.10-4 (ROI)", "https://aurore.toutemonecole.fr/pages/8356378"),
    "S57": (
        "ONE, écoles de devoirs",
        "https://www.one.be/public/3-6-ans/accueil-en-dehors-de-lecole/les-ecoles-de-devoirs/",
    ),
    "S58": ("Aide à la jeunesse, exemples SAJ", "http://www.aidealajeunesse.cfwb.be/index.php?id=330"),
    "S59": (
        "Campagne de l'Ordre 2022",
        "https://1001infos.net/belgique/lordre-des-medecins-sinquiete-de-la-hausse-des-certificats-de-complaisance/",
    ),
    "S60": ("DIAS", "https://plateformeeoajlux.wixsite.com/ressources-ecoles/mobilisation-des-ressources-interne"),
    # Sources added for the young people's pathway (domain-facts.md §2.3, §2.7).
    "S61": (
        "RTBF, Écoute-Enfants : le numéro 103 en quête de visibilité (chat 103ecoute.be)",
        "https://www.rtbf.be/article/ecoute-enfants-le-numero-103-en-quete-de-visibilite-11076758",
    ),
}
