"""Every label the core writes in French and in English (the sheet, the relevé,
the bilan, the CSV headers, the prep sheet, the prepared messages), in one
catalogue: a test checks that both languages have the same keys. The windows'
words go through Qt's translations instead (resources/translations/)."""

from __future__ import annotations

from typing import Any

CATALOGUE: dict[str, dict[str, Any]] = {
    "fr": {
        "messages": [
            "Pause 10 min",
            "Plus qu’une question",
            "On reprend dans 5 minutes",
            "Merci de mettre les téléphones en silencieux",
            "Une personne à la fois",
        ],
        "prep": {
            "title": "Préparation de l’exposé",
            "case": "Situation",
            "narrator": "Narrateur·rice",
            "method": "Méthode",
            "estimate": "Durée estimée",
            "estimate_value": "{minutes} min ({words} mots à {rate} mots/min ; attendu "
            "{low}–{high} min)",
            "situation": "La situation concrète",
            "difficulty": "Ce qui rend la situation difficile",
            "tried": "Ce que j’ai déjà essayé",
            "stakes": "Ce qui est en jeu pour moi",
            "question": "Ma question au groupe",
            "help": "L’aide que j’attends",
            "rehearsals": "Répétitions (durée de chaque partie)",
            "more": "… (suite dans le fichier de préparation)",
            "footer": "Tour de table · préparation personnelle · {date}",
        },
        "prep_parts": ["Situation", "Difficultés", "Enjeux", "Question", "Total"],
        "service": {
            "title": "Bilan du service — {year}",
            "intro": (
                "Les groupes de pratiques du service sur l’année, tels que le coordinateur "
                "les voit : aucun nom, aucune note, aucun temps de parole individuel."
            ),
            "group": "Groupe",
            "cycles": "Cycles",
            "held": "Séances tenues",
            "hours": "Heures",
            "seats": "Participants (moy.)",
            "attendance": "Présence",
            "releves": "Relevés envoyés / répondus",
            "delay": "Délai de réponse (moy.)",
            "actions": "Actions",
            "evaluation": "Évaluation (moy. /5)",
            "total": "Service",
            "days": "{n} j",
            "none": "Aucune séance cette année.",
            "footer": "Tour de table · bilan du service, anonymisé · {date}",
        },
        "attendance": {
            "title": "Feuille d’émargement",
            "group": "Groupe",
            "date": "Date",
            "place": "Lieu",
            "method": "Méthode",
            "session": "Séance n°",
            "name": "Nom",
            "role": "Rôle",
            "today": "Présence",
            "signature": "Signature",
            "present": "présent·e",
            "excused": "excusé·e",
            "absent": "absent·e",
            "facilitator": "Animateur·rice",
            "narrator": "Narrateur·rice",
            "consultant": "Consultant·e",
            "scribe": "Secrétaire de séance",
            "guest": "Invité·e",
            "footer": (
                "Tour de table — feuille d’émargement, à conserver avec les justificatifs "
                "de formation"
            ),
        },
        "framing": {
            "title": "Note de cadrage",
            "invitation_title": "Invitation : {group}",
            "invitation": "Invitation",
            "group": "Groupe",
            "method": "Méthode",
            "confidential": (
                "Ce qui se dit dans le groupe reste dans le groupe : rien n’en sort avant la "
                "restitution, et les propos consignés sont anonymes."
            ),
            "origin": "Origine de la démarche",
            "objectives": "Objectifs",
            "perimeter": "Périmètre",
            "themes": "Thématiques",
            "facilitation": "Animation",
            "alone": "Animation par une seule personne, formée à la méthode.",
            "pair": "Animation en binôme, formé à la méthode.",
            "by": "Par : {names}",
            "rules": "Règles du groupe",
            "default_rules": [
                "Respect des propos d’autrui, absence de jugement.",
                "Équité dans les temps de parole et la valeur des propos.",
                "Confidentialité des échanges : rien de ce qui se dit ne sort du groupe "
                "avant la fin des séances et la restitution ; les propos consignés sont anonymes.",
                "Des échanges centrés sur le travail tel qu’il se fait au quotidien.",
            ],
            "calendar": "Calendrier",
            "date_line": "{day} à {start} ({minutes} min)",
            "no_dates": "Les dates seront fixées avec le groupe à la première séance.",
            "composition": "Composition recherchée",
            "size": "Un groupe de {low} à {high} personnes volontaires.",
            "size_one": "Un groupe de {low} personnes volontaires.",
            "diversity": (
                "Une diversité de profils : âge, ancienneté, sexe, statut, fonctions exercées."
            ),
            "diversity_met": "Vérifiée à ce jour pour le groupe (jamais par personne) : {list}.",
            "diversity_none": "Pas encore vérifiée pour le groupe.",
            "diversity_names": {
                "age": "âge",
                "seniority": "ancienneté",
                "sex": "sexe",
                "status": "statut",
                "functions": "fonctions exercées",
            },
            "resource_people": "Personnes ressources invitées ponctuellement",
            "to_set": "À préciser.",
            "volunteering": "Volontariat",
            "voluntary": (
                "La participation repose sur le volontariat : personne n’est tenu·e de venir, "
                "et l’on peut cesser d’y participer à tout moment."
            ),
            "contact": "Pour participer : {contact}",
            "confidentiality": "Confidentialité",
            "confidential_invitation": (
                "Ce qui se dit dans le groupe y reste. La direction reçoit un relevé de "
                "conclusions sans aucun nom, relu et validé avec le groupe avant son envoi ; les "
                "personnes citées (usagers, collègues, familles) n’y sont jamais reconnaissables."
            ),
            "more": "… (suite dans la note complète)",
            "footer": "Tour de table · {title} · imprimée le {date}",
        },
        "notice": {
            "title": "Notice d’information aux participants",
            "group": "Groupe",
            "contact": "À qui s’adresser",
            "the_facilitator": "l’animateur·rice du groupe",
            "confidential": "Ce qui se dit dans le groupe reste dans le groupe.",
            "what_title": "Ce qui est enregistré",
            "what_names": "Le nom et le rôle de chaque participant·e, et sa présence.",
            "what_times": "Les temps de parole de chacun·e, pour que la parole soit partagée.",
            "what_notes": (
                "Les notes prises pendant la séance sur les situations de travail : "
                "questions, propositions, actions, apprentissages."
            ),
            "where_title": "Où",
            "where": (
                "Sur l’ordinateur de l’animateur·rice uniquement, dans un dossier qu’elle ou "
                "il est seul·e à pouvoir lire. Rien n’est envoyé sur Internet."
            ),
            "encrypted": "Les séances y sont chiffrées par une phrase secrète.",
            "how_long_title": "Combien de temps",
            "kept_months": (
                "Un groupe sans séance depuis {months} mois est proposé à la suppression, "
                "puis supprimé définitivement."
            ),
            "kept_until_deleted": "Jusqu’à ce que l’animateur·rice supprime le groupe.",
            "kept_rule": "Selon la règle de conservation fixée par l’animateur·rice.",
            "who_title": "Qui reçoit quoi",
            "where_server": (
                "Sur le serveur du service, dans une base où seul·es les animateur·rices du "
                "groupe lisent ses séances ; la coordination n’y voit que des chiffres "
                "d’ensemble, jamais les noms ni les notes."
            ),
            "who_group": (
                "Le groupe : la fiche de synthèse de chaque séance. C’est le document du "
                "groupe : il garde les noms, y compris ceux des personnes citées dans les notes."
            ),
            "who_management": (
                "La direction : le relevé de conclusions, sans nom de participant·e ni chiffre "
                "individuel, relu et validé avec le groupe avant son envoi."
            ),
            "who_bodies": "Les instances de dialogue social : un bilan annuel anonymisé.",
            "who_nobody": "Personne d’autre.",
            "who_third_parties": (
                "Les personnes citées (usagers, familles, collègues) : dans le relevé et le "
                "bilan, chaque nom repéré est remplacé par « une tierce personne » une fois "
                "confirmé par l’animateur·rice, qui relit le document avant qu’il parte."
            ),
            "rights_title": "Vos droits",
            "rights": (
                "Vous pouvez demander à {contact} ce qui est enregistré à votre sujet, le faire "
                "corriger ou le faire effacer."
            ),
            "erase": (
                "Effacé, votre nom disparaît de toutes les séances du groupe ; vos temps de "
                "parole restent comptés, sous « ancien·ne membre ». Les documents déjà remis "
                "et les sauvegardes faites avant le gardent jusqu’à ce qu’ils soient détruits."
            ),
            "footer": "Tour de table — notice d’information (RGPD)",
        },
        "tables": {
            "steps": ["n°", "étape (id)", "étape", "cas", "qui parle", "prévu (s)", "réel (s)"],
            "turns": [
                "prise de parole",
                "personne",
                "rôle",
                "n° d’étape",
                "étape",
                "début (s)",
                "fin (s)",
                "temps de parole (s)",
            ],
            "roles": {
                "facilitator": "animateur·rice",
                "narrator": "narrateur·rice",
                "consultant": "consultant·e",
                "scribe": "secrétaire de séance",
                "guest": "invité·e",
            },
            "speakers": {
                "narrator": "le narrateur",
                "group": "le groupe",
                "exchange": "échange",
                "round": "tour de table",
                "facilitator": "l’animateur·rice",
                "silence": "réflexion individuelle",
                "check_in": "météo",
            },
        },
        "sheet": {
            "title": "Fiche de synthèse",
            "title_anon": "Relevé de conclusions",
            "group": "Groupe",
            "date": "Date",
            "method": "Méthode",
            "session": "Séance n°",
            "facilitator": "Animation",
            "situation": "Situation",
            "request": "Demande au groupe",
            "questions": "Questions et hypothèses clés",
            "proposals": "Propositions",
            "untagged": "Non arbitrées",
            "untagged_note": "Sans précision",
            "actions": "Plan d’action",
            "action": "Action",
            "who": "Qui",
            "when": "Pour quand",
            "resources": "Ressources (internes, externes)",
            "responses": "Réponses immédiates et différées",
            "training": "Besoins de formation",
            "learnings": "Apprentissages",
            "notes": "Autres notes",
            "carried": "Suivi des actions de la séance précédente",
            "history_decided": "décidée en séance {n}",
            "history_step": "{status} en séance {n}",
            "status_done": "faite",
            "status_in_progress": "en cours",
            "status_dropped": "abandonnée",
            "status": "Où en est-on",
            "comment": "Commentaire",
            "follow_up": "Prochain suivi",
            "steps": "Étapes : prévu / réel",
            "talk": "Temps de parole (part de chacun · trait : part égale)",
            "balance": "Équilibre de la parole du groupe : indice de Gini {gini} (0 = "
            "parfaitement partagé)",
            "more": "… (suite dans l’export complet)",
            "case": "Cas {n}",
            "facilitator_label": "Animateur·rice",
            "peer_label": "Participant {letter}",
            "confidential": "Relevé anonymisé pour l’encadrement : aucun nom de "
            "participant ni chiffre individuel. Les échanges du groupe "
            "restent confidentiels ; ne citez aucun tiers.",
            "footer": "Tour de table · document confidentiel · {date}",
            "reviewed": "Relu et validé avec le groupe le {date}.",
            "third_party": "une tierce personne",
            "former_member": "ancien·ne membre",
        },
        "sheet_roles": {
            "facilitator": "l’animateur·rice",
            "narrator": "le narrateur·rice",
            "consultant": "un·e consultant·e",
            "scribe": "le·la secrétaire",
            "guest": "un·e invité·e",
        },
        "bilan": {
            "title": "Bilan de cycle",
            "group": "Groupe",
            "cycle": "Cycle",
            "method": "Méthode",
            "held": "Séances tenues",
            "attendance": "Taux de présence",
            "sessions": "Séances",
            "session_row": "Séance {n} — {day} : {present}/{expected} présents, "
            "équilibre {balance}",
            "cases": "Situations travaillées, par thème",
            "no_theme": "Sans thème",
            "proposals": "Propositions",
            "untagged": "Sans arbitrage",
            "actions": "Actions et leur suite",
            "history_decided": "décidée en séance {n}",
            "history_step": "{status} en séance {n}",
            "status_done": "faite",
            "status_in_progress": "en cours",
            "status_dropped": "abandonnée",
            "status_none": "sans suivi",
            "training": "Besoins de formation",
            "answers": "Réponses de la direction",
            "evaluation": "Évaluation par les participant·es (moyennes, de 1 à 5)",
            "helped_practice": "La séance m’a aidé·e dans ma pratique",
            "frame_kept": "Le cadre a été tenu (confidentialité, écoute, non-jugement)",
            "evaluation_row": "{average} / 5 ({n} réponses)",
            "awaited_row": "Séance {n} : relevé envoyé le {sent}, sans réponse après {days} j",
            "answer_row": "Relevé envoyé le {sent}, réponse le {answered} ({days} jours) "
            ": {decisions}",
            "trend": "Équilibre de la parole, séance après séance (1 = parfaitement partagé)",
            "criteria": "Les 5 critères d’un espace de discussion (auto-évaluation)",
            "collective": "Collectif",
            "work_centred": "Centré sur l’expérience du travail",
            "co_built_frame": "Cadre et règles co-construits avec les parties prenantes",
            "in_organisation": "Inscrit dans l’organisation du travail",
            "produces": "Produit des propositions ou des décisions",
            "yes": "oui",
            "no": "non",
            "more": "… (suite dans l’export complet)",
            "notice": "Anonymisé : aucun nom, aucun chiffre individuel.",
            "peer": "Participant {letter}",
            "facilitator": "l’animateur·rice",
        },
    },
    "en": {
        "messages": [
            "10-minute break",
            "One last question",
            "We start again in 5 minutes",
            "Please silence your phones",
            "One person at a time",
        ],
        "prep": {
            "title": "Preparing the exposé",
            "case": "Situation",
            "narrator": "Narrator",
            "method": "Method",
            "estimate": "Estimated length",
            "estimate_value": "{minutes} min ({words} words at {rate} words/min; expected "
            "{low}–{high} min)",
            "situation": "The concrete situation",
            "difficulty": "What makes it difficult",
            "tried": "What I already tried",
            "stakes": "What is at stake for me",
            "question": "My question to the group",
            "help": "The help I expect",
            "rehearsals": "Rehearsals (time for each part)",
            "more": "… (continued in the prep file)",
            "footer": "Tour de table · personal preparation · {date}",
        },
        "prep_parts": ["Situation", "Difficulties", "Stakes", "Question", "Total"],
        "service": {
            "title": "Service bilan — {year}",
            "intro": (
                "The service's peer groups over the year, as the coordinator sees them: "
                "no name, no note, no one's talk time."
            ),
            "group": "Group",
            "cycles": "Cycles",
            "held": "Sessions held",
            "hours": "Hours",
            "seats": "Participants (avg.)",
            "attendance": "Attendance",
            "releves": "Relevés sent / answered",
            "delay": "Answer delay (avg.)",
            "actions": "Actions",
            "evaluation": "Evaluation (avg. /5)",
            "total": "Service",
            "days": "{n} d",
            "none": "No session this year.",
            "footer": "Tour de table · service bilan, anonymised · {date}",
        },
        "attendance": {
            "title": "Attendance sheet",
            "group": "Group",
            "date": "Date",
            "place": "Place",
            "method": "Method",
            "session": "Session n°",
            "name": "Name",
            "role": "Role",
            "today": "Attendance",
            "signature": "Signature",
            "present": "present",
            "excused": "excused",
            "absent": "absent",
            "facilitator": "Facilitator",
            "narrator": "Narrator",
            "consultant": "Consultant",
            "scribe": "Scribe",
            "guest": "Guest",
            "footer": "Tour de table — attendance sheet, to keep with the training records",
        },
        "framing": {
            "title": "Framing note",
            "invitation_title": "Invitation — {group}",
            "invitation": "Invitation",
            "group": "Group",
            "method": "Method",
            "confidential": (
                "What is said in the group stays in the group: nothing leaves it before the "
                "feedback, and what is written down is anonymous."
            ),
            "origin": "Where the approach comes from",
            "objectives": "Objectives",
            "perimeter": "Perimeter",
            "themes": "Themes",
            "facilitation": "Facilitation",
            "alone": "Facilitated by one person, trained in the method.",
            "pair": "Facilitated by a pair, trained in the method.",
            "by": "By: {names}",
            "rules": "The group's rules",
            "default_rules": [
                "Respect for what others say, no judgement.",
                "Fairness in speaking time and in the weight given to what is said.",
                "Confidentiality: nothing said leaves the group before the sessions end and "
                "the feedback; what is written down is anonymous.",
                "Talk about the work as it is really done, day to day.",
            ],
            "calendar": "Calendar",
            "date_line": "{day} at {start} ({minutes} min)",
            "no_dates": "The dates will be set with the group at its first session.",
            "composition": "Composition sought",
            "size": "A group of {low} to {high} volunteers.",
            "size_one": "A group of {low} volunteers.",
            "diversity": "A diversity of profiles: age, seniority, sex, status, functions.",
            "diversity_met": "Checked so far for the group (never per person): {list}.",
            "diversity_none": "Not yet checked for the group.",
            "diversity_names": {
                "age": "age",
                "seniority": "seniority",
                "sex": "sex",
                "status": "status",
                "functions": "functions",
            },
            "resource_people": "Resource people invited now and then",
            "to_set": "To be set.",
            "volunteering": "Volunteering",
            "voluntary": (
                "Taking part is voluntary: nobody has to come, and anyone may stop taking "
                "part at any time."
            ),
            "contact": "To take part: {contact}",
            "confidentiality": "Confidentiality",
            "confidential_invitation": (
                "What is said in the group stays there. Management receives a relevé of "
                "conclusions with no names, reviewed and agreed with the group before it is "
                "sent; the people mentioned (users, colleagues, families) are never recognisable."
            ),
            "more": "… (more in the full note)",
            "footer": "Tour de table · {title} · printed {date}",
        },
        "notice": {
            "title": "Information notice for participants",
            "group": "Group",
            "contact": "Who to ask",
            "the_facilitator": "the group's facilitator",
            "confidential": "What is said in the group stays in the group.",
            "what_title": "What is recorded",
            "what_names": "Each participant's name, role and attendance.",
            "what_times": "Each person's speaking time, so that the floor is shared.",
            "what_notes": (
                "The notes taken during the session about work situations: questions, "
                "proposals, actions, learnings."
            ),
            "where_title": "Where",
            "where": (
                "On the facilitator's computer only, in a folder that they alone can read. "
                "Nothing is sent over the Internet."
            ),
            "encrypted": "The sessions there are encrypted with a passphrase.",
            "how_long_title": "For how long",
            "kept_months": (
                "A group with no session for {months} months is offered for deletion, then "
                "deleted for good."
            ),
            "kept_until_deleted": "Until the facilitator deletes the group.",
            "kept_rule": "According to the retention rule the facilitator has set.",
            "who_title": "Who receives what",
            "where_server": (
                "On the service's server, in a database where only the group's facilitators "
                "read its sessions; the coordination sees overall figures there, never the "
                "names nor the notes."
            ),
            "who_group": (
                "The group: the synthesis sheet of each session. It is the group's own "
                "document: it keeps the names, those of people mentioned in the notes too."
            ),
            "who_management": (
                "Management: the relevé de conclusions, with no participant's name and no "
                "individual figure, read and validated with the group before it is sent."
            ),
            "who_bodies": "The social-dialogue bodies: a yearly anonymised bilan.",
            "who_nobody": "Nobody else.",
            "who_third_parties": (
                "People mentioned (users, families, colleagues): in the relevé and the bilan, "
                'each name found is replaced by "a third party" once the facilitator '
                "confirms it, who reads the document over before it leaves."
            ),
            "rights_title": "Your rights",
            "rights": (
                "You may ask {contact} what is recorded about you, have it corrected or have "
                "it erased."
            ),
            "erase": (
                "Once erased, your name is gone from every session of the group; your speaking "
                'time still counts, as "former member". Documents already handed out and '
                "backups made before keep it until they are destroyed."
            ),
            "footer": "Tour de table — information notice (GDPR)",
        },
        "tables": {
            "steps": [
                "index",
                "step",
                "name",
                "case",
                "speaker",
                "planned_seconds",
                "actual_seconds",
            ],
            "turns": [
                "turn",
                "person",
                "role",
                "step_index",
                "step",
                "start_seconds",
                "end_seconds",
                "talk_seconds",
            ],
            "roles": {
                "facilitator": "facilitator",
                "narrator": "narrator",
                "consultant": "consultant",
                "scribe": "scribe",
                "guest": "guest",
            },
            "speakers": {
                "narrator": "the narrator",
                "group": "the group",
                "exchange": "exchange",
                "round": "round",
                "facilitator": "the facilitator",
                "silence": "silent reflection",
                "check_in": "check-in",
            },
        },
        "sheet": {
            "title": "Synthesis sheet",
            "title_anon": "Record of conclusions",
            "group": "Group",
            "date": "Date",
            "method": "Method",
            "session": "Session no.",
            "facilitator": "Facilitator",
            "situation": "Situation",
            "request": "Request to the group",
            "questions": "Key questions and hypotheses",
            "proposals": "Proposals",
            "untagged": "Not arbitrated",
            "untagged_note": "Not specified",
            "actions": "Action plan",
            "action": "Action",
            "who": "Who",
            "when": "By when",
            "resources": "Resources (internal, external)",
            "responses": "Immediate and deferred responses",
            "training": "Training needs",
            "learnings": "Learnings",
            "notes": "Other notes",
            "carried": "Follow-up of the previous session's actions",
            "history_decided": "decided in session {n}",
            "history_step": "{status} in session {n}",
            "status_done": "done",
            "status_in_progress": "in progress",
            "status_dropped": "dropped",
            "status": "Where it stands",
            "comment": "Comment",
            "follow_up": "Next follow-up",
            "steps": "Steps: planned / actual",
            "talk": "Speaking time (each one's share · line: equal share)",
            "balance": "Balance of the group's speaking time: Gini index {gini} (0 = fully shared)",
            "more": "… (continued in the full export)",
            "case": "Case {n}",
            "facilitator_label": "Facilitator",
            "peer_label": "Participant {letter}",
            "confidential": "Anonymised record for management: no participant names, no "
            "individual figures. What the group said stays confidential; "
            "name no third party.",
            "footer": "Tour de table · confidential · {date}",
            "reviewed": "Read and validated with the group on {date}.",
            "third_party": "a third party",
            "former_member": "former member",
        },
        "sheet_roles": {
            "facilitator": "the facilitator",
            "narrator": "the narrator",
            "consultant": "a consultant",
            "scribe": "the scribe",
            "guest": "a guest",
        },
        "bilan": {
            "title": "Cycle report",
            "group": "Group",
            "cycle": "Cycle",
            "method": "Method",
            "held": "Sessions held",
            "attendance": "Attendance rate",
            "sessions": "Sessions",
            "session_row": "Session {n} — {day}: {present}/{expected} present, balance {balance}",
            "cases": "Situations worked on, by theme",
            "no_theme": "No theme",
            "proposals": "Proposals",
            "untagged": "Not arbitrated",
            "actions": "Actions and what came of them",
            "history_decided": "decided in session {n}",
            "history_step": "{status} in session {n}",
            "status_done": "done",
            "status_in_progress": "in progress",
            "status_dropped": "dropped",
            "status_none": "not followed up",
            "training": "Training needs",
            "answers": "Management's answers",
            "evaluation": "Participants' evaluation (averages, from 1 to 5)",
            "helped_practice": "The session helped my practice",
            "frame_kept": "The frame was kept (confidentiality, listening, no judgement)",
            "evaluation_row": "{average} / 5 ({n} answers)",
            "awaited_row": "Session {n}: relevé sent {sent}, no answer after {days} days",
            "answer_row": "Relevé sent {sent}, answered {answered} ({days} days): {decisions}",
            "trend": "Balance of speaking time, session by session (1 = evenly shared)",
            "criteria": "The 5 criteria of a discussion space (self-check)",
            "collective": "Collective",
            "work_centred": "Centred on work experience",
            "co_built_frame": "Frame and rules co-built with the stakeholders",
            "in_organisation": "Part of the work organisation",
            "produces": "Produces proposals or decisions",
            "yes": "yes",
            "no": "no",
            "more": "… (more in the full export)",
            "notice": "Anonymised: no names, no individual figures.",
            "peer": "Participant {letter}",
            "facilitator": "the facilitator",
        },
    },
}


def part(name: str) -> dict[str, Any]:
    """One part of the catalogue, by language: ``part("sheet")["fr"]["title"]``."""
    return {lang: labels[name] for lang, labels in CATALOGUE.items()}
