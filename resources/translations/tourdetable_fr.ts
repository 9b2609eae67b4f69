<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>Absence</name>
    <message>
        <location filename="../../ui/session/absence.py" line="17" />
        <source>The session was interrupted</source>
        <translation>La séance a été interrompue</translation>
    </message>
    <message>
        <location filename="../../ui/session/absence.py" line="19" />
        <source>Tour de table was closed for {time} while the step “{step}” was running.</source>
        <translation>Tour de table est resté fermé {time} pendant que l’étape « {step} » était en cours.</translation>
    </message>
    <message>
        <location filename="../../ui/session/absence.py" line="24" />
        <source>If the meeting went on without the app, count that time. Otherwise the session resumes paused where the app stopped, and nobody is credited with it.</source>
        <translation>Si la réunion a continué sans l’application, comptez ce temps. Sinon, la séance reprend en pause là où l’application s’est arrêtée, et ce temps n’est compté à personne.</translation>
    </message>
    <message>
        <location filename="../../ui/session/absence.py" line="31" />
        <source>Count the time (the meeting went on)</source>
        <translation>Compter ce temps (la réunion a continué)</translation>
    </message>
    <message>
        <location filename="../../ui/session/absence.py" line="35" />
        <source>Resume paused</source>
        <translation>Reprendre en pause</translation>
    </message>
</context>
<context>
    <name>Announcer</name>
    <message>
        <location filename="../../ui/session/announcer.py" line="18" />
        <source>Step {n} of {total}: {name}</source>
        <translation>Étape {n} sur {total} : {name}</translation>
    </message>
    <message>
        <location filename="../../ui/session/announcer.py" line="23" />
        <source>Nobody has the floor</source>
        <translation>Personne n’a la parole</translation>
    </message>
    <message>
        <location filename="../../ui/session/announcer.py" line="24" />
        <source>{name} has the floor</source>
        <translation>{name} a la parole</translation>
    </message>
    <message>
        <location filename="../../ui/session/announcer.py" line="28" />
        <source>Last minute of the step</source>
        <translation>Dernière minute de l’étape</translation>
    </message>
    <message>
        <location filename="../../ui/session/announcer.py" line="29" />
        <source>Time is up for this step</source>
        <translation>Temps écoulé pour cette étape</translation>
    </message>
</context>
<context>
    <name>AnswersPanel</name>
    <message>
        <location filename="../../ui/group/answers.py" line="41" />
        <source>Relevé of the session</source>
        <translation>Relevé de la séance</translation>
    </message>
    <message>
        <location filename="../../ui/group/answers.py" line="43" />
        <source>Answer about</source>
        <translation>Réponse au sujet de</translation>
    </message>
    <message>
        <location filename="../../ui/group/answers.py" line="45" />
        <source>Sent on</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <location filename="../../ui/group/answers.py" line="47" />
        <source>Answered on</source>
        <translation>Réponse reçue le</translation>
    </message>
    <message>
        <location filename="../../ui/group/answers.py" line="50" />
        <source>Management's analysis</source>
        <translation>Analyse de la direction</translation>
    </message>
    <message>
        <location filename="../../ui/group/answers.py" line="53" />
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../../ui/group/answers.py" line="56" />
        <source>Record that this relevé was sent</source>
        <translation>Noter que ce relevé a été envoyé</translation>
    </message>
    <message>
        <location filename="../../ui/group/answers.py" line="59" />
        <source>Record the answer</source>
        <translation>Enregistrer la réponse</translation>
    </message>
    <message>
        <location filename="../../ui/group/answers.py" line="64" />
        <source>Home reminds me of an answer not received after</source>
        <translation>L’accueil me rappelle une réponse non reçue après</translation>
    </message>
    <message>
        <location filename="../../ui/group/answers.py" line="67" />
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location filename="../../ui/group/answers.py" line="68" />
        <source>Days to wait for management's answer</source>
        <translation>Jours d’attente de la réponse de la direction</translation>
    </message>
    <message>
        <location filename="../../ui/group/answers.py" line="79" />
        <source>Management's answers</source>
        <translation>Les réponses de la direction</translation>
    </message>
    <message>
        <location filename="../../ui/group/answers.py" line="82" />
        <source>The group hears the answer at the opening of its next session.</source>
        <translation>Le groupe prend connaissance de la réponse à l’ouverture de sa prochaine séance.</translation>
    </message>
    <message>
        <location filename="../../ui/group/answers.py" line="99" />
        <source>Session {n}: answered {days} days after the relevé — {text}</source>
        <translation>Séance {n} : réponse {days} jours après le relevé — {text}</translation>
    </message>
    <message>
        <location filename="../../ui/group/answers.py" line="108" />
        <source>Session {n}: relevé sent {day}, no answer yet ({days} days)</source>
        <translation>Séance {n} : relevé envoyé le {day}, pas encore de réponse ({days} jours)</translation>
    </message>
    <message>
        <location filename="../../ui/group/answers.py" line="117" />
        <source>The relevé as a whole</source>
        <translation>Le relevé dans son ensemble</translation>
    </message>
    <message>
        <location filename="../../ui/group/answers.py" line="137" />
        <location filename="../../ui/group/answers.py" line="145" />
        <source>No ended session yet: a relevé comes after a session.</source>
        <translation>Aucune séance terminée : un relevé suit une séance.</translation>
    </message>
</context>
<context>
    <name>Aside</name>
    <message>
        <location filename="../../ui/session/aside.py" line="25" />
        <source>the floor to {name}</source>
        <translation>la parole à {name}</translation>
    </message>
    <message>
        <location filename="../../ui/session/aside.py" line="28" />
        <source>nobody speaks</source>
        <translation>personne ne parle</translation>
    </message>
    <message>
        <location filename="../../ui/session/aside.py" line="29" />
        <source>timer started</source>
        <translation>minuteur démarré</translation>
    </message>
    <message>
        <location filename="../../ui/session/aside.py" line="30" />
        <source>timer paused</source>
        <translation>minuteur en pause</translation>
    </message>
    <message>
        <location filename="../../ui/session/aside.py" line="31" />
        <source>step {n}</source>
        <translation>étape {n}</translation>
    </message>
    <message>
        <location filename="../../ui/session/aside.py" line="34" />
        <source>{name} raises a hand</source>
        <translation>{name} lève la main</translation>
    </message>
    <message>
        <location filename="../../ui/session/aside.py" line="37" />
        <source>session ended</source>
        <translation>séance terminée</translation>
    </message>
    <message>
        <location filename="../../ui/session/aside.py" line="46" />
        <source>Recorded on this laptop while another console drove the session:</source>
        <translation>Enregistré sur cet ordinateur pendant qu’une autre console menait la séance :</translation>
    </message>
    <message>
        <location filename="../../ui/session/aside.py" line="56" />
        <source>Events recorded on this laptop</source>
        <translation>Événements enregistrés sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/session/aside.py" line="58" />
        <source>{n} events were recorded on this laptop while another console drove this session. They cannot enter its record: the other console wrote it meanwhile.</source>
        <translation>{n} événements ont été enregistrés sur cet ordinateur pendant qu’une autre console menait cette séance. Ils ne peuvent plus entrer dans son déroulé : l’autre console l’a écrit entre-temps.</translation>
    </message>
    <message>
        <location filename="../../ui/session/aside.py" line="65" />
        <source>Keep them in words, as a note of the session, or let them go?</source>
        <translation>Les garder en mots, comme une note de la séance, ou les laisser ?</translation>
    </message>
    <message>
        <location filename="../../ui/session/aside.py" line="70" />
        <source>Keep them as a note</source>
        <translation>Les garder comme note</translation>
    </message>
    <message>
        <location filename="../../ui/session/aside.py" line="72" />
        <source>Let them go</source>
        <translation>Les laisser</translation>
    </message>
</context>
<context>
    <name>BilanPanel</name>
    <message>
        <location filename="../../ui/group/bilan.py" line="51" />
        <source>An anonymised page for the social-dialogue bodies. Self-check:</source>
        <translation>Une page anonymisée pour les instances du dialogue social. Auto-évaluation :</translation>
    </message>
    <message>
        <location filename="../../ui/group/bilan.py" line="60" />
        <source>Export the bilan (PDF)…</source>
        <translation>Exporter le bilan (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/group/bilan.py" line="64" />
        <source>The cycle's cases and their themes (the bilan counts them):</source>
        <translation>Les cas du cycle et leur thème (le bilan les compte) :</translation>
    </message>
    <message>
        <location filename="../../ui/group/bilan.py" line="67" />
        <source>The cycle's cases and their themes</source>
        <translation>Les cas du cycle et leur thème</translation>
    </message>
    <message>
        <location filename="../../ui/group/bilan.py" line="72" />
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../ui/group/bilan.py" line="76" />
        <location filename="../../ui/group/bilan.py" line="77" />
        <source>Theme of the chosen case</source>
        <translation>Thème du cas choisi</translation>
    </message>
    <message>
        <location filename="../../ui/group/bilan.py" line="79" />
        <source>Give this theme</source>
        <translation>Donner ce thème</translation>
    </message>
    <message>
        <location filename="../../ui/group/bilan.py" line="83" />
        <source>Over the cycle, least heard first (for you only):</source>
        <translation>Sur le cycle, les moins entendu·es d’abord (pour vous seul·e) :</translation>
    </message>
    <message>
        <location filename="../../ui/group/bilan.py" line="85" />
        <source>Least heard over the cycle</source>
        <translation>Les moins entendus sur le cycle</translation>
    </message>
    <message>
        <location filename="../../ui/group/bilan.py" line="91" />
        <source>Participants' evaluation: how many gave each score</source>
        <translation>Évaluation par les participant·es : combien ont donné chaque note</translation>
    </message>
    <message>
        <location filename="../../ui/group/bilan.py" line="94" />
        <source>Evaluation of</source>
        <translation>Évaluation de</translation>
    </message>
    <message>
        <location filename="../../ui/group/bilan.py" line="107" />
        <source>{question}: how many gave {score}</source>
        <translation>{question} : combien ont donné {score}</translation>
    </message>
    <message>
        <location filename="../../ui/group/bilan.py" line="112" />
        <source>Record these scores</source>
        <translation>Enregistrer ces notes</translation>
    </message>
    <message>
        <location filename="../../ui/group/bilan.py" line="121" />
        <source>No cycle yet: create one to plan its dates.</source>
        <translation>Pas encore de cycle : créez-en un pour planifier ses dates.</translation>
    </message>
    <message>
        <location filename="../../ui/group/bilan.py" line="128" />
        <source>Type how many participants gave each score first.</source>
        <translation>Indiquez d’abord combien de participant·es ont donné chaque note.</translation>
    </message>
    <message>
        <location filename="../../ui/group/bilan.py" line="137" />
        <source>Scores recorded: the bilan shows their averages.</source>
        <translation>Notes enregistrées : le bilan en montre les moyennes.</translation>
    </message>
    <message>
        <location filename="../../ui/group/bilan.py" line="164" />
        <source>The whole cycle</source>
        <translation>Le cycle entier</translation>
    </message>
    <message>
        <location filename="../../ui/group/bilan.py" line="179" />
        <source>Session {n} — {case} — {theme}</source>
        <translation>Séance {n} — {case} — {theme}</translation>
    </message>
    <message>
        <location filename="../../ui/group/bilan.py" line="180" />
        <source>no theme</source>
        <translation>sans thème</translation>
    </message>
    <message>
        <location filename="../../ui/group/bilan.py" line="196" />
        <source>{name} — {pct} % of the floor; turns per session: {turns}</source>
        <translation>{name} — {pct} % de la parole ; prises de parole par séance : {turns}</translation>
    </message>
    <message>
        <location filename="../../ui/group/bilan.py" line="202" />
        <source>In “{kind}” steps: {shares}</source>
        <translation>Dans les étapes « {kind} » : {shares}</translation>
    </message>
    <message>
        <location filename="../../ui/group/bilan.py" line="212" />
        <source>The group's balance, session after session: {trend}</source>
        <translation>L’équilibre du groupe, séance après séance : {trend}</translation>
    </message>
    <message>
        <location filename="../../ui/group/bilan.py" line="232" />
        <source>The bilan</source>
        <translation>Le bilan</translation>
    </message>
    <message>
        <location filename="../../ui/group/bilan.py" line="238" />
        <source>Looking for names that are no member's…</source>
        <translation>Recherche des noms qui ne sont pas ceux des membres…</translation>
    </message>
    <message>
        <location filename="../../ui/group/bilan.py" line="245" />
        <source>Creating the bilan…</source>
        <translation>Création du bilan…</translation>
    </message>
    <message>
        <location filename="../../ui/group/bilan.py" line="264" />
        <source>The bilan was not written.</source>
        <translation>Le bilan n’a pas été écrit.</translation>
    </message>
    <message>
        <location filename="../../ui/group/bilan.py" line="271" />
        <source>Saved: {path}</source>
        <translation>Enregistré : {path}</translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <location filename="../../ui/group/calendar.py" line="40" />
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <location filename="../../ui/group/calendar.py" line="43" />
        <source>New cycle…</source>
        <translation>Nouveau cycle…</translation>
    </message>
    <message>
        <location filename="../../ui/group/calendar.py" line="46" />
        <source>Export the calendar (.ics)…</source>
        <translation>Exporter le calendrier (.ics)…</translation>
    </message>
    <message>
        <location filename="../../ui/group/calendar.py" line="51" />
        <location filename="../../ui/group/calendar.py" line="171" />
        <source>The cycle's calendar</source>
        <translation>Le calendrier du cycle</translation>
    </message>
    <message>
        <location filename="../../ui/group/calendar.py" line="59" />
        <source>Session n°</source>
        <translation>Séance n°</translation>
    </message>
    <message>
        <location filename="../../ui/group/calendar.py" line="61" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/group/calendar.py" line="65" />
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../ui/group/calendar.py" line="70" />
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../ui/group/calendar.py" line="73" />
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../ui/group/calendar.py" line="75" />
        <source>Planned narrator</source>
        <translation>Narrateur·rice prévu·e</translation>
    </message>
    <message>
        <location filename="../../ui/group/calendar.py" line="77" />
        <source>Save this date</source>
        <translation>Enregistrer cette date</translation>
    </message>
    <message>
        <location filename="../../ui/group/calendar.py" line="83" />
        <source>Not chosen yet</source>
        <translation>Pas encore choisi·e</translation>
    </message>
    <message>
        <location filename="../../ui/group/calendar.py" line="92" />
        <source>{title} — {held} of {planned} sessions held</source>
        <translation>{title} — {held} séances tenues sur {planned}</translation>
    </message>
    <message>
        <location filename="../../ui/group/calendar.py" line="109" />
        <location filename="../../ui/group/calendar.py" line="148" />
        <source>No cycle yet: create one to plan its dates.</source>
        <translation>Pas encore de cycle : créez-en un pour planifier ses dates.</translation>
    </message>
    <message>
        <location filename="../../ui/group/calendar.py" line="120" />
        <source>Already brought a case in this cycle: {names}</source>
        <translation>Ont déjà apporté une situation dans ce cycle : {names}</translation>
    </message>
    <message>
        <location filename="../../ui/group/calendar.py" line="127" />
        <location filename="../../ui/group/calendar.py" line="132" />
        <source>New cycle</source>
        <translation>Nouveau cycle</translation>
    </message>
    <message>
        <location filename="../../ui/group/calendar.py" line="127" />
        <source>Title (e.g. “2027”):</source>
        <translation>Titre (par exemple « 2027 ») :</translation>
    </message>
    <message>
        <location filename="../../ui/group/calendar.py" line="132" />
        <source>Planned sessions:</source>
        <translation>Séances prévues :</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../ui/session/case_dialog.py" line="37" />
        <source>The case and the follow-up</source>
        <translation>Le cas et la suite</translation>
    </message>
    <message>
        <location filename="../../ui/session/case_dialog.py" line="57" />
        <source>Reading the case from the server…</source>
        <translation>Lecture du cas sur le serveur…</translation>
    </message>
    <message>
        <location filename="../../ui/session/case_dialog.py" line="69" />
        <source>Case {n}: {title}</source>
        <translation>Cas {n} : {title}</translation>
    </message>
    <message>
        <location filename="../../ui/session/case_dialog.py" line="72" />
        <source>Situation of case {n}</source>
        <translation>Situation du cas {n}</translation>
    </message>
    <message>
        <location filename="../../ui/session/case_dialog.py" line="75" />
        <source>Request of case {n}</source>
        <translation>Demande du cas {n}</translation>
    </message>
    <message>
        <location filename="../../ui/session/case_dialog.py" line="77" />
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../ui/session/case_dialog.py" line="78" />
        <source>Request to the group</source>
        <translation>Demande au groupe</translation>
    </message>
    <message>
        <location filename="../../ui/session/case_dialog.py" line="83" />
        <location filename="../../ui/session/case_dialog.py" line="85" />
        <source>Follow-up date</source>
        <translation>Date de suivi</translation>
    </message>
    <message>
        <location filename="../../ui/session/case_dialog.py" line="84" />
        <source>e.g. 12 March, next session</source>
        <translation>ex. 12 mars, prochaine séance</translation>
    </message>
    <message>
        <location filename="../../ui/session/case_dialog.py" line="130" />
        <source>Saving on the server…</source>
        <translation>Enregistrement sur le serveur…</translation>
    </message>
</context>
<context>
    <name>CasesPanel</name>
    <message>
        <location filename="../../ui/session/cases_panel.py" line="32" />
        <source>The situation chosen by the group</source>
        <translation>La situation choisie par le groupe</translation>
    </message>
    <message>
        <location filename="../../ui/session/cases_panel.py" line="39" />
        <source>Situation {n}</source>
        <translation>Situation {n}</translation>
    </message>
    <message>
        <location filename="../../ui/session/cases_panel.py" line="43" />
        <source>A short title, no names</source>
        <translation>Un titre court, sans nom</translation>
    </message>
    <message>
        <location filename="../../ui/session/cases_panel.py" line="44" />
        <source>Title of situation {n}</source>
        <translation>Titre de la situation {n}</translation>
    </message>
    <message>
        <location filename="../../ui/session/cases_panel.py" line="48" />
        <source>Who tells situation {n}</source>
        <translation>Qui raconte la situation {n}</translation>
    </message>
    <message>
        <location filename="../../ui/session/cases_panel.py" line="49" />
        <source>This one</source>
        <translation>Celle-ci</translation>
    </message>
    <message>
        <location filename="../../ui/session/cases_panel.py" line="67" />
        <source>— who tells it —</source>
        <translation>— qui la raconte —</translation>
    </message>
</context>
<context>
    <name>CatchUpPanel</name>
    <message>
        <location filename="../../ui/session/catch_up_panel.py" line="33" />
        <source>Finish on time (F)</source>
        <translation>Finir à l’heure (F)</translation>
    </message>
    <message>
        <location filename="../../ui/session/catch_up_panel.py" line="36" />
        <source>Go on as planned (G)</source>
        <translation>Garder le plan (G)</translation>
    </message>
    <message>
        <location filename="../../ui/session/catch_up_panel.py" line="57" />
        <source>{step} {before} → {after}</source>
        <translation>{step} {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../ui/session/catch_up_panel.py" line="65" />
        <source>{cuts} and {n} more</source>
        <translation>{cuts} et {n} autres</translation>
    </message>
    <message>
        <location filename="../../ui/session/catch_up_panel.py" line="66" />
        <source>The session would end {n} min late.</source>
        <translation>La séance finirait avec {n} min de retard.</translation>
    </message>
    <message>
        <location filename="../../ui/session/catch_up_panel.py" line="71" />
        <source>Shorten the steps to come, each to its minimum: {cuts} ({n} min gained).</source>
        <translation>Raccourcir les étapes à venir, chacune à son minimum : {cuts} ({n} min gagnées).</translation>
    </message>
    <message>
        <location filename="../../ui/session/catch_up_panel.py" line="68" />
        <source>Shorten the steps to come: {cuts}.</source>
        <translation>Raccourcir les étapes à venir : {cuts}.</translation>
    </message>
</context>
<context>
    <name>Clock</name>
    <message>
        <location filename="../../ui/labels.py" line="160" />
        <source>{n} min behind</source>
        <translation>{n} min de retard</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="162" />
        <source>{n} min ahead</source>
        <translation>{n} min d’avance</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="164" />
        <source>on time</source>
        <translation>à l’heure</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="165" />
        <source>{now} · session {elapsed} of {planned} · ends about {end} · {pace}</source>
        <translation>{now} · séance {elapsed} sur {planned} · fin vers {end} · {pace}</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="181" />
        <source>the method allows {low} to {high} min</source>
        <translation>la méthode prévoit {low} à {high} min</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="187" />
        <source>next: {step}</source>
        <translation>ensuite : {step}</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="199" />
        <source>{time} left in this turn</source>
        <translation>{time} restantes pour cette intervention</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="202" />
        <source>{time} over this turn's limit</source>
        <translation>{time} au-delà de la limite d’intervention</translation>
    </message>
</context>
<context>
    <name>ClockPanel</name>
    <message>
        <location filename="../../ui/session/clock_panel.py" line="116" />
        <source>◀ Previous</source>
        <translation>◀ Précédente</translation>
    </message>
    <message>
        <location filename="../../ui/session/clock_panel.py" line="121" />
        <source>Next ▶</source>
        <translation>Suivante ▶</translation>
    </message>
    <message>
        <location filename="../../ui/session/clock_panel.py" line="122" />
        <source>−1 min</source>
        <translation>−1 min</translation>
    </message>
    <message>
        <location filename="../../ui/session/clock_panel.py" line="123" />
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <location filename="../../ui/session/clock_panel.py" line="147" />
        <source>Step {n} of {total}</source>
        <translation>Étape {n} sur {total}</translation>
    </message>
    <message>
        <location filename="../../ui/session/clock_panel.py" line="141" />
        <source>Pause (Space)</source>
        <translation>Pause (Espace)</translation>
    </message>
    <message>
        <location filename="../../ui/session/clock_panel.py" line="96" />
        <source>Session clock</source>
        <translation>Horloge de la séance</translation>
    </message>
    <message>
        <location filename="../../ui/session/clock_panel.py" line="104" />
        <source>Time left in the step</source>
        <translation>Temps restant de l’étape</translation>
    </message>
    <message>
        <location filename="../../ui/session/clock_panel.py" line="109" />
        <source>The step's time</source>
        <translation>Le temps de l’étape</translation>
    </message>
    <message>
        <location filename="../../ui/session/clock_panel.py" line="144" />
        <source>▶ Start (Space)</source>
        <translation>▶ Démarrer (Espace)</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../../ui/session/console.py" line="62" />
        <source>Tour de table — {group}, session {n}</source>
        <translation>Tour de table — {group}, séance {n}</translation>
    </message>
    <message>
        <location filename="../../ui/session/console.py" line="137" />
        <source>What to say, what to watch for</source>
        <translation>À dire, à surveiller</translation>
    </message>
    <message>
        <location filename="../../ui/session/console.py" line="175" />
        <location filename="../../ui/session/console.py" line="184" />
        <location filename="../../ui/session/console.py" line="189" />
        <source>Message to the room</source>
        <translation>Message à la salle</translation>
    </message>
    <message>
        <location filename="../../ui/session/console.py" line="192" />
        <location filename="../../ui/session/console.py" line="476" />
        <source>Show (Ctrl+M)</source>
        <translation>Afficher (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../ui/session/console.py" line="203" />
        <source>A late arrival… (Ctrl+L)</source>
        <translation>Une arrivée en retard… (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/session/console.py" line="205" />
        <source>Leaves / back… (Ctrl+D)</source>
        <translation>Part / revient… (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../ui/session/console.py" line="207" />
        <source>Fix a name… (Ctrl+R)</source>
        <translation>Corriger un nom… (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/session/console.py" line="244" />
        <location filename="../../ui/session/console.py" line="485" />
        <source>Black screen (B)</source>
        <translation>Écran noir (B)</translation>
    </message>
    <message>
        <location filename="../../ui/session/console.py" line="247" />
        <source>Show talk bars on the projection</source>
        <translation>Temps de parole projetés</translation>
    </message>
    <message>
        <location filename="../../ui/session/console.py" line="253" />
        <source>Mute the chime</source>
        <translation>Couper le carillon</translation>
    </message>
    <message>
        <location filename="../../ui/session/console.py" line="213" />
        <source>Projection full screen (F11)</source>
        <translation>Projection plein écran (F11)</translation>
    </message>
    <message>
        <location filename="../../ui/session/console.py" line="199" />
        <source>People and screen ▾</source>
        <translation>Personnes et écran ▾</translation>
    </message>
    <message>
        <location filename="../../ui/session/console.py" line="201" />
        <source>People and screen</source>
        <translation>Personnes et écran</translation>
    </message>
    <message>
        <location filename="../../ui/session/console.py" line="209" />
        <source>The case and the follow-up… (Ctrl+I)</source>
        <translation>Le cas et la suite… (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../ui/session/console.py" line="214" />
        <source>Keys (F1)</source>
        <translation>Touches (F1)</translation>
    </message>
    <message>
        <location filename="../../ui/session/console.py" line="215" />
        <source>Change the keys, a clicker's buttons…</source>
        <translation>Changer les touches, les boutons d’une télécommande…</translation>
    </message>
    <message>
        <location filename="../../ui/session/console.py" line="216" />
        <source>Take the session over (Ctrl+T)</source>
        <translation>Prendre la main sur la séance (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../ui/session/console.py" line="222" />
        <source>The room's clock, this step</source>
        <translation>L’horloge de la salle, pour cette étape</translation>
    </message>
    <message>
        <location filename="../../ui/session/console.py" line="226" />
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <location filename="../../ui/session/console.py" line="227" />
        <source>Time taken</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <location filename="../../ui/session/console.py" line="228" />
        <source>A bar, no digits</source>
        <translation>Une barre, sans chiffres</translation>
    </message>
    <message>
        <location filename="../../ui/session/console.py" line="229" />
        <source>Nothing</source>
        <translation>Rien</translation>
    </message>
    <message>
        <location filename="../../ui/session/console.py" line="258" />
        <source>Synthesis sheet (PDF)…</source>
        <translation>Fiche de synthèse (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/session/console.py" line="260" />
        <source>End the session</source>
        <translation>Terminer la séance</translation>
    </message>
    <message>
        <location filename="../../ui/session/console.py" line="271" />
        <source>Read-only: another console drives this session (Ctrl+T to take over)</source>
        <translation>Lecture seule : une autre console conduit cette séance (Ctrl+T pour prendre la main)</translation>
    </message>
    <message>
        <location filename="../../ui/session/console.py" line="285" />
        <source>A late arrival</source>
        <translation>Une arrivée en retard</translation>
    </message>
    <message>
        <location filename="../../ui/session/console.py" line="285" />
        <source>Name of the person who arrives:</source>
        <translation>Nom de la personne qui arrive :</translation>
    </message>
    <message>
        <location filename="../../ui/session/console.py" line="317" />
        <location filename="../../ui/session/console.py" line="346" />
        <source>Fix a name</source>
        <translation>Corriger un nom</translation>
    </message>
    <message>
        <location filename="../../ui/session/console.py" line="318" />
        <source>The right spelling of “{name}”:</source>
        <translation>L’orthographe juste de « {name} » :</translation>
    </message>
    <message>
        <location filename="../../ui/session/console.py" line="331" />
        <source>out of the room</source>
        <translation>hors de la salle</translation>
    </message>
    <message>
        <location filename="../../ui/session/console.py" line="335" />
        <source>Leaves the room, or is back</source>
        <translation>Quitte la salle, ou revient</translation>
    </message>
    <message>
        <location filename="../../ui/session/console.py" line="335" />
        <source>Who?</source>
        <translation>Qui ?</translation>
    </message>
    <message>
        <location filename="../../ui/session/console.py" line="346" />
        <source>Whose name?</source>
        <translation>Le nom de qui ?</translation>
    </message>
    <message>
        <location filename="../../ui/session/console.py" line="351" />
        <source>A name needs 1 to 80 characters.</source>
        <translation>Un nom compte de 1 à 80 caractères.</translation>
    </message>
    <message>
        <location filename="../../ui/session/console.py" line="414" />
        <source>The timer has not been started yet: Space starts it.</source>
        <translation>Le minuteur n’a pas encore été lancé : Espace le démarre.</translation>
    </message>
    <message>
        <location filename="../../ui/session/console.py" line="453" />
        <source>Another console took the session over while the server was away; events kept on this computer: {n}</source>
        <translation>Une autre console a pris la main pendant la coupure du serveur ; événements gardés sur cet ordinateur : {n}</translation>
    </message>
    <message>
        <location filename="../../ui/session/console.py" line="457" />
        <source>Offline — events kept on this computer for the server: {n}</source>
        <translation>Hors ligne — événements gardés sur cet ordinateur pour le serveur : {n}</translation>
    </message>
    <message>
        <location filename="../../ui/session/console.py" line="463" />
        <source>Notes kept on this computer for the server: {n}</source>
        <translation>Notes gardées sur cet ordinateur pour le serveur : {n}</translation>
    </message>
    <message>
        <location filename="../../ui/session/console.py" line="474" />
        <source>Take it down (Ctrl+M)</source>
        <translation>Retirer (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../ui/session/console.py" line="483" />
        <source>■ The room sees a black screen — B to show it again</source>
        <translation>■ La salle voit un écran noir — B pour réafficher</translation>
    </message>
    <message>
        <location filename="../../ui/session/console.py" line="544" />
        <source>Preparing the synthesis sheet…</source>
        <translation>Préparation de la fiche de synthèse…</translation>
    </message>
    <message>
        <location filename="../../ui/session/console.py" line="572" />
        <source>End the session?</source>
        <translation>Terminer la séance ?</translation>
    </message>
    <message>
        <location filename="../../ui/session/console.py" line="573" />
        <source>The session will be closed: the timers stop and nobody takes the floor any more. Its notes stay correctable afterwards.</source>
        <translation>La séance sera close : les minuteurs s’arrêtent et plus personne ne prend la parole. Ses notes restent corrigeables ensuite.</translation>
    </message>
</context>
<context>
    <name>CoordinatorWindow</name>
    <message>
        <location filename="../../ui/home/coordinator_window.py" line="49" />
        <source>Tour de table — the service's groups</source>
        <translation>Tour de table — les groupes du service</translation>
    </message>
    <message>
        <location filename="../../ui/home/coordinator_window.py" line="56" />
        <source>Year:</source>
        <translation>Année :</translation>
    </message>
    <message>
        <location filename="../../ui/home/coordinator_window.py" line="58" />
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../ui/home/coordinator_window.py" line="61" />
        <source>The service's bilan (PDF)…</source>
        <translation>Bilan du service (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/home/coordinator_window.py" line="118" />
        <source>{n} groups, {held} sessions held</source>
        <translation>{n} groupes, {held} séances tenues</translation>
    </message>
    <message>
        <location filename="../../ui/home/coordinator_window.py" line="154" />
        <source>The service's bilan was not written.</source>
        <translation>Le bilan du service n’a pas été écrit.</translation>
    </message>
    <message>
        <location filename="../../ui/home/coordinator_window.py" line="162" />
        <source>The service's bilan is saved: {path}</source>
        <translation>Le bilan du service est enregistré : {path}</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <location filename="../../ui/group/members.py" line="154" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/group/members.py" line="155" />
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <location filename="../../ui/group/members.py" line="156" />
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../ui/group/members.py" line="157" />
        <source>Management's answer</source>
        <translation>Réponse de l’encadrement</translation>
    </message>
    <message>
        <location filename="../../ui/group/members.py" line="158" />
        <source>Action review</source>
        <translation>Suivi d’action</translation>
    </message>
    <message>
        <location filename="../../ui/group/members.py" line="159" />
        <source>Framing note</source>
        <translation>Note de cadrage</translation>
    </message>
    <message>
        <location filename="../../ui/group/members.py" line="160" />
        <source>Follow-up date</source>
        <translation>Date de suivi</translation>
    </message>
    <message>
        <location filename="../../ui/group/members.py" line="161" />
        <source>Place of a date</source>
        <translation>Lieu d’une date</translation>
    </message>
    <message>
        <location filename="../../ui/group/members.py" line="162" />
        <source>Cycle's title</source>
        <translation>Titre du cycle</translation>
    </message>
    <message>
        <location filename="../../ui/group/members.py" line="178" />
        <source>The name is replaced in {n} text(s), so:</source>
        <translation>Le nom est remplacé dans {n} texte(s), ainsi :</translation>
    </message>
    <message>
        <location filename="../../ui/group/members.py" line="182" />
        <source>The name stands in no note, case or answer: only the seats change.</source>
        <translation>Le nom ne figure dans aucune note, aucun cas ni aucune réponse : seules les places changent.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/session/export_dialog.py" line="131" />
        <source>Synthesis sheet</source>
        <translation>Fiche de synthèse</translation>
    </message>
    <message>
        <location filename="../../ui/session/export_dialog.py" line="142" />
        <source>A one-page PDF to hand to the group, or to management.</source>
        <translation>Un PDF d’une page à remettre au groupe, ou à l’encadrement.</translation>
    </message>
    <message>
        <location filename="../../ui/session/export_dialog.py" line="144" />
        <source>Anonymised record for management: no names, no individual figures</source>
        <translation>Relevé anonymisé pour l’encadrement : aucun nom, aucun chiffre individuel</translation>
    </message>
    <message>
        <location filename="../../ui/session/export_dialog.py" line="151" />
        <source>Also the turns and steps as CSV files, beside it</source>
        <translation>Aussi les prises de parole et les étapes en CSV, à côté</translation>
    </message>
    <message>
        <location filename="../../ui/session/export_dialog.py" line="154" />
        <source>Also an editable copy (.docx), for a compte rendu in your own template</source>
        <translation>Aussi une copie modifiable (.docx), pour un compte rendu dans votre propre modèle</translation>
    </message>
    <message>
        <location filename="../../ui/session/export_dialog.py" line="158" />
        <source>Also the attendance sheet and the participants' notice (PDF), beside it</source>
        <translation>Aussi la feuille d’émargement et la notice aux participant·es (PDF), à côté</translation>
    </message>
    <message>
        <location filename="../../ui/session/export_dialog.py" line="163" />
        <source>File of the sheet</source>
        <translation>Fichier de la fiche</translation>
    </message>
    <message>
        <location filename="../../ui/session/export_dialog.py" line="165" />
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../ui/session/export_dialog.py" line="180" />
        <source>Create the PDF</source>
        <translation>Créer le PDF</translation>
    </message>
    <message>
        <location filename="../../ui/session/export_dialog.py" line="184" />
        <location filename="../../ui/session/export_dialog.py" line="473" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/session/export_dialog.py" line="199" />
        <source>The relevé</source>
        <translation>Le relevé</translation>
    </message>
    <message>
        <location filename="../../ui/session/export_dialog.py" line="202" />
        <source>Proposals and their arbitration</source>
        <translation>Les propositions et leur arbitrage</translation>
    </message>
    <message>
        <location filename="../../ui/session/export_dialog.py" line="203" />
        <source>The action plan (no names)</source>
        <translation>Le plan d’action (sans nom)</translation>
    </message>
    <message>
        <location filename="../../ui/session/export_dialog.py" line="204" />
        <source>Training needs</source>
        <translation>Les besoins de formation</translation>
    </message>
    <message>
        <location filename="../../ui/session/export_dialog.py" line="205" />
        <source>What became of the previous actions</source>
        <translation>Ce que sont devenues les actions précédentes</translation>
    </message>
    <message>
        <location filename="../../ui/session/export_dialog.py" line="206" />
        <source>The follow-up date</source>
        <translation>La date de suivi</translation>
    </message>
    <message>
        <location filename="../../ui/session/export_dialog.py" line="218" />
        <source>Names that are no participant's (a user, a colleague…): each one ticked is replaced by “{label}”.</source>
        <translation>Noms qui ne sont pas ceux des participants (un usager, un collègue…) : chacun, coché, est remplacé par « {label} ».</translation>
    </message>
    <message>
        <location filename="../../ui/session/export_dialog.py" line="225" />
        <source>Names to replace</source>
        <translation>Noms à remplacer</translation>
    </message>
    <message>
        <location filename="../../ui/session/export_dialog.py" line="230" />
        <location filename="../../ui/session/export_dialog.py" line="296" />
        <source>Show it to the group on the projection</source>
        <translation>Le montrer au groupe sur la projection</translation>
    </message>
    <message>
        <location filename="../../ui/session/export_dialog.py" line="235" />
        <source>Read and validated with the group</source>
        <translation>Relu et validé avec le groupe</translation>
    </message>
    <message>
        <location filename="../../ui/session/export_dialog.py" line="245" />
        <source>Looking for names that are no participant's…</source>
        <translation>Recherche des noms qui ne sont ceux d’aucun participant…</translation>
    </message>
    <message>
        <location filename="../../ui/session/export_dialog.py" line="293" />
        <source>Take it down from the projection</source>
        <translation>Le retirer de la projection</translation>
    </message>
    <message>
        <location filename="../../ui/session/export_dialog.py" line="311" />
        <source>record</source>
        <translation>releve</translation>
    </message>
    <message>
        <location filename="../../ui/session/export_dialog.py" line="311" />
        <source>synthesis</source>
        <translation>fiche-de-synthese</translation>
    </message>
    <message>
        <location filename="../../ui/session/export_dialog.py" line="323" />
        <source>Save the sheet as</source>
        <translation>Enregistrer la fiche sous</translation>
    </message>
    <message>
        <location filename="../../ui/session/export_dialog.py" line="323" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/session/export_dialog.py" line="333" />
        <source>One moment: the relevé is being read for names…</source>
        <translation>Un instant : le relevé est relu pour y chercher des noms…</translation>
    </message>
    <message>
        <location filename="../../ui/session/export_dialog.py" line="337" />
        <source>Give a file name for the PDF.</source>
        <translation>Donnez un nom de fichier pour le PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/session/export_dialog.py" line="170" />
        <location filename="../../ui/session/export_dialog.py" line="369" />
        <location filename="../../ui/session/export_dialog.py" line="405" />
        <source>Creating the PDF…</source>
        <translation>Création du PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/session/export_dialog.py" line="451" />
        <source>Saved: {path}</source>
        <translation>Enregistré : {path}</translation>
    </message>
    <message>
        <location filename="../../ui/session/export_dialog.py" line="458" />
        <source>Sheet ready</source>
        <translation>Fiche prête</translation>
    </message>
    <message>
        <location filename="../../ui/session/export_dialog.py" line="460" />
        <source>The sheet is saved as {path}.</source>
        <translation>La fiche est enregistrée sous {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/session/export_dialog.py" line="465" />
        <source>Open the file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <location filename="../../ui/session/export_dialog.py" line="469" />
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
</context>
<context>
    <name>FloorPanel</name>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="36" />
        <source>Who has the floor</source>
        <translation>Qui a la parole</translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="44" />
        <source>Nobody speaks (Esc)</source>
        <translation>Personne ne parle (Échap)</translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="54" />
        <source>☝ A hand (H)</source>
        <translation>☝ Une main (H)</translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="56" />
        <source>Next hand (Q)</source>
        <translation>Main suivante (Q)</translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="64" />
        <source>The round</source>
        <translation>Le tour de parole</translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="67" />
        <source>“I pass” (P)</source>
        <translation>« Je passe » (P)</translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="75" />
        <source>Balance</source>
        <translation>Équilibre</translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="77" />
        <source>Balance of the floor</source>
        <translation>Équilibre de la parole</translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="133" />
        <source>{names} and {count} more</source>
        <translation>{names} et {count} autres</translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="134" />
        <source>Not heard yet: {names}</source>
        <translation>Pas encore entendus : {names}</translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="137" />
        <source>Everyone expected has spoken</source>
        <translation>Toutes les personnes attendues ont parlé</translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="143" />
        <source>Speaking: {name} for {time}</source>
        <translation>Parole : {name} depuis {time}</translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="147" />
        <source>Nobody has the floor</source>
        <translation>Personne n’a la parole</translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="151" />
        <source>in this step the narrator listens</source>
        <translation>à cette étape, le narrateur écoute</translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="160" />
        <source>Round {done}/{total} — now: {name}, slot {slot} ({used} used)</source>
        <translation>Tour de table {done}/{total} — à : {name}, créneau {slot} ({used} utilisées)</translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="168" />
        <source>next: {name}</source>
        <translation>ensuite : {name}</translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="170" />
        <source>Round complete ({total} people)</source>
        <translation>Tour de table terminé ({total} personnes)</translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="172" />
        <source>passed: {names}</source>
        <translation>ont passé : {names}</translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="179" />
        <source>☝ Whose hand? Press their key (Esc: cancel)</source>
        <translation>☝ La main de qui ? Appuyez sur sa touche (Échap : annuler)</translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="181" />
        <source>☝ Hands raised: {names}</source>
        <translation>☝ Mains levées : {names}</translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="183" />
        <source>Q gives the floor to {name}</source>
        <translation>Q donne la parole à {name}</translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="185" />
        <source>least heard: {name}</source>
        <translation>le moins entendu : {name}</translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="187" />
        <source>No hand raised (H, then their key)</source>
        <translation>Aucune main levée (H, puis sa touche)</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <location filename="../../ui/session/follow_up_panel.py" line="28" />
        <source>done</source>
        <translation>faite</translation>
    </message>
    <message>
        <location filename="../../ui/session/follow_up_panel.py" line="29" />
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../ui/session/follow_up_panel.py" line="30" />
        <source>dropped</source>
        <translation>abandonnée</translation>
    </message>
    <message>
        <location filename="../../ui/session/follow_up_panel.py" line="31" />
        <source>to review</source>
        <translation>à faire le point</translation>
    </message>
    <message>
        <location filename="../../ui/session/follow_up_panel.py" line="36" />
        <source>it worked</source>
        <translation>ça a marché</translation>
    </message>
    <message>
        <location filename="../../ui/session/follow_up_panel.py" line="37" />
        <source>it partly worked</source>
        <translation>ça a marché en partie</translation>
    </message>
    <message>
        <location filename="../../ui/session/follow_up_panel.py" line="38" />
        <source>it did not work</source>
        <translation>ça n’a pas marché</translation>
    </message>
    <message>
        <location filename="../../ui/session/follow_up_panel.py" line="52" />
        <source>(in progress last time)</source>
        <translation>(en cours la dernière fois)</translation>
    </message>
    <message>
        <location filename="../../ui/session/follow_up_panel.py" line="57" />
        <source>kept in: {where}</source>
        <translation>trace : {where}</translation>
    </message>
    <message>
        <location filename="../../ui/session/follow_up_panel.py" line="68" />
        <source>Management's answer to the last relevé ({days} days after it was sent)</source>
        <translation>Réponse de la direction au dernier relevé ({days} jours après son envoi)</translation>
    </message>
    <message>
        <location filename="../../ui/session/follow_up_panel.py" line="74" />
        <source>About: {text}</source>
        <translation>Au sujet de : {text}</translation>
    </message>
    <message>
        <location filename="../../ui/session/follow_up_panel.py" line="78" />
        <source>Analysis: {text}</source>
        <translation>Analyse : {text}</translation>
    </message>
    <message>
        <location filename="../../ui/session/follow_up_panel.py" line="82" />
        <source>Decisions: {text}</source>
        <translation>Décisions : {text}</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <location filename="../../ui/session/follow_up_panel.py" line="111" />
        <source>The previous session's actions</source>
        <translation>Les actions de la séance précédente</translation>
    </message>
    <message>
        <location filename="../../ui/session/follow_up_panel.py" line="123" />
        <source>Comment on the chosen action</source>
        <translation>Commentaire sur l’action choisie</translation>
    </message>
    <message>
        <location filename="../../ui/session/follow_up_panel.py" line="125" />
        <source>Short comment (optional), then D, C or X</source>
        <translation>Court commentaire (facultatif), puis D, C ou X</translation>
    </message>
    <message>
        <location filename="../../ui/session/follow_up_panel.py" line="129" />
        <source>Done (D)</source>
        <translation>Faite (D)</translation>
    </message>
    <message>
        <location filename="../../ui/session/follow_up_panel.py" line="130" />
        <source>In progress (C)</source>
        <translation>En cours (C)</translation>
    </message>
    <message>
        <location filename="../../ui/session/follow_up_panel.py" line="131" />
        <source>Dropped (X)</source>
        <translation>Abandonnée (X)</translation>
    </message>
    <message>
        <location filename="../../ui/session/follow_up_panel.py" line="145" />
        <location filename="../../ui/session/follow_up_panel.py" line="146" />
        <source>Did it work?</source>
        <translation>Ça a marché ?</translation>
    </message>
    <message>
        <location filename="../../ui/session/follow_up_panel.py" line="151" />
        <source>Where its trace is kept</source>
        <translation>Où sa trace est gardée</translation>
    </message>
    <message>
        <location filename="../../ui/session/follow_up_panel.py" line="155" />
        <source>Kept in (risk-assessment document, welcome booklet…)</source>
        <translation>Trace gardée dans (document unique, livret d’accueil…)</translation>
    </message>
    <message>
        <location filename="../../ui/session/follow_up_panel.py" line="197" />
        <source>From management</source>
        <translation>De la direction</translation>
    </message>
    <message>
        <location filename="../../ui/session/follow_up_panel.py" line="203" />
        <source>The previous session's actions (A: next one)</source>
        <translation>Les actions de la séance précédente (A : la suivante)</translation>
    </message>
</context>
<context>
    <name>FramingPanel</name>
    <message>
        <location filename="../../ui/group/framing.py" line="43" />
        <source>ages</source>
        <translation>les âges</translation>
    </message>
    <message>
        <location filename="../../ui/group/framing.py" line="44" />
        <source>seniority</source>
        <translation>les anciennetés</translation>
    </message>
    <message>
        <location filename="../../ui/group/framing.py" line="45" />
        <source>women and men</source>
        <translation>femmes et hommes</translation>
    </message>
    <message>
        <location filename="../../ui/group/framing.py" line="46" />
        <source>statuses</source>
        <translation>les statuts</translation>
    </message>
    <message>
        <location filename="../../ui/group/framing.py" line="47" />
        <source>functions</source>
        <translation>les fonctions</translation>
    </message>
    <message>
        <location filename="../../ui/group/framing.py" line="79" />
        <source>The framing note, agreed with management, and the invitation to the agents of the perimeter that repeats it. Empty parts print as “to be set”.</source>
        <translation>La note de cadrage, convenue avec la direction, et l’invitation aux agents du périmètre qui la reprend. Une partie vide s’imprime « à préciser ».</translation>
    </message>
    <message>
        <location filename="../../ui/group/framing.py" line="88" />
        <source>Where the approach comes from</source>
        <translation>Origine de la démarche</translation>
    </message>
    <message>
        <location filename="../../ui/group/framing.py" line="89" />
        <location filename="../../ui/group/framing.py" line="101" />
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../ui/group/framing.py" line="89" />
        <source>One objective a line</source>
        <translation>Un objectif par ligne</translation>
    </message>
    <message>
        <location filename="../../ui/group/framing.py" line="90" />
        <location filename="../../ui/group/framing.py" line="102" />
        <source>Perimeter</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <location filename="../../ui/group/framing.py" line="90" />
        <source>The services and the agents</source>
        <translation>Les services et les agents concernés</translation>
    </message>
    <message>
        <location filename="../../ui/group/framing.py" line="91" />
        <location filename="../../ui/group/framing.py" line="103" />
        <source>Themes</source>
        <translation>Thématiques</translation>
    </message>
    <message>
        <location filename="../../ui/group/framing.py" line="91" />
        <source>One theme a line</source>
        <translation>Une thématique par ligne</translation>
    </message>
    <message>
        <location filename="../../ui/group/framing.py" line="93" />
        <source>The group's rules</source>
        <translation>Règles du groupe</translation>
    </message>
    <message>
        <location filename="../../ui/group/framing.py" line="94" />
        <source>Empty: respect, no judgement, fair speaking time, confidentiality</source>
        <translation>Vide : respect, absence de jugement, équité de parole, confidentialité</translation>
    </message>
    <message>
        <location filename="../../ui/group/framing.py" line="97" />
        <location filename="../../ui/group/framing.py" line="108" />
        <source>Resource people</source>
        <translation>Personnes ressources</translation>
    </message>
    <message>
        <location filename="../../ui/group/framing.py" line="98" />
        <source>Occupational doctor, psychologist, prevention officer…</source>
        <translation>Médecin du travail, psychologue, chargé·e de prévention…</translation>
    </message>
    <message>
        <location filename="../../ui/group/framing.py" line="100" />
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../ui/group/framing.py" line="104" />
        <location filename="../../ui/group/framing.py" line="139" />
        <source>Facilitation</source>
        <translation>Animation</translation>
    </message>
    <message>
        <location filename="../../ui/group/framing.py" line="105" />
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <location filename="../../ui/group/framing.py" line="106" />
        <source>Size sought</source>
        <translation>Taille recherchée</translation>
    </message>
    <message>
        <location filename="../../ui/group/framing.py" line="107" />
        <source>Diversity</source>
        <translation>Diversité</translation>
    </message>
    <message>
        <location filename="../../ui/group/framing.py" line="110" />
        <source>How to volunteer</source>
        <translation>Comment se porter volontaire</translation>
    </message>
    <message>
        <location filename="../../ui/group/framing.py" line="111" />
        <source>Whom to tell, by when</source>
        <translation>À qui le dire, avant quand</translation>
    </message>
    <message>
        <location filename="../../ui/group/framing.py" line="113" />
        <source>To volunteer</source>
        <translation>Volontariat</translation>
    </message>
    <message>
        <location filename="../../ui/group/framing.py" line="121" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ui/group/framing.py" line="123" />
        <source>Framing note (PDF)…</source>
        <translation>Note de cadrage (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/group/framing.py" line="125" />
        <source>Invitation (PDF)…</source>
        <translation>Invitation (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/group/framing.py" line="140" />
        <source>Not said yet</source>
        <translation>Pas encore précisée</translation>
    </message>
    <message>
        <location filename="../../ui/group/framing.py" line="141" />
        <source>Alone</source>
        <translation>Seul·e</translation>
    </message>
    <message>
        <location filename="../../ui/group/framing.py" line="142" />
        <source>In a pair</source>
        <translation>En binôme</translation>
    </message>
    <message>
        <location filename="../../ui/group/framing.py" line="145" />
        <source>Facilitators</source>
        <translation>Animateurs·rices</translation>
    </message>
    <message>
        <location filename="../../ui/group/framing.py" line="146" />
        <source>Who facilitates</source>
        <translation>Qui anime</translation>
    </message>
    <message>
        <location filename="../../ui/group/framing.py" line="157" />
        <source>Smallest size sought</source>
        <translation>Taille recherchée, au moins</translation>
    </message>
    <message>
        <location filename="../../ui/group/framing.py" line="158" />
        <source>Largest size sought</source>
        <translation>Taille recherchée, au plus</translation>
    </message>
    <message>
        <location filename="../../ui/group/framing.py" line="162" />
        <source>as the method advises</source>
        <translation>selon la méthode</translation>
    </message>
    <message>
        <location filename="../../ui/group/framing.py" line="165" />
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../../ui/group/framing.py" line="167" />
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <location filename="../../ui/group/framing.py" line="175" />
        <source>Ticked for the group as a whole, never per person. It mixes:</source>
        <translation>Coché pour le groupe dans son ensemble, jamais par personne. Il mêle :</translation>
    </message>
    <message>
        <location filename="../../ui/group/framing.py" line="236" />
        <source>The framing note is saved.</source>
        <translation>La note de cadrage est enregistrée.</translation>
    </message>
    <message>
        <location filename="../../ui/group/framing.py" line="244" />
        <source>The framing note</source>
        <translation>La note de cadrage</translation>
    </message>
    <message>
        <location filename="../../ui/group/framing.py" line="246" />
        <source>The invitation</source>
        <translation>L’invitation</translation>
    </message>
    <message>
        <location filename="../../ui/group/framing.py" line="260" />
        <source>Saved: {path}</source>
        <translation>Enregistré : {path}</translation>
    </message>
</context>
<context>
    <name>GroupWindow</name>
    <message>
        <location filename="../../ui/group/panel.py" line="42" />
        <source>narrator</source>
        <translation>narrateur·rice</translation>
    </message>
    <message>
        <location filename="../../ui/group/panel.py" line="43" />
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <location filename="../../ui/group/panel.py" line="44" />
        <source>exchange</source>
        <translation>échange</translation>
    </message>
    <message>
        <location filename="../../ui/group/panel.py" line="45" />
        <source>round</source>
        <translation>tour de table</translation>
    </message>
    <message>
        <location filename="../../ui/group/panel.py" line="46" />
        <source>silent reflection</source>
        <translation>réflexion individuelle</translation>
    </message>
    <message>
        <location filename="../../ui/group/panel.py" line="47" />
        <source>check-in</source>
        <translation>météo</translation>
    </message>
    <message>
        <location filename="../../ui/group/panel.py" line="53" />
        <source>Collective</source>
        <translation>Collectif</translation>
    </message>
    <message>
        <location filename="../../ui/group/panel.py" line="54" />
        <source>Centred on work experience</source>
        <translation>Centré sur l’expérience du travail</translation>
    </message>
    <message>
        <location filename="../../ui/group/panel.py" line="55" />
        <source>Frame and rules co-built with the stakeholders</source>
        <translation>Cadre et règles co-construits avec les parties prenantes</translation>
    </message>
    <message>
        <location filename="../../ui/group/panel.py" line="58" />
        <source>Part of the work organisation</source>
        <translation>Inscrit dans l’organisation du travail</translation>
    </message>
    <message>
        <location filename="../../ui/group/panel.py" line="61" />
        <source>Produces proposals or decisions</source>
        <translation>Produit des propositions ou des décisions</translation>
    </message>
    <message>
        <location filename="../../ui/group/group_window.py" line="87" />
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <location filename="../../ui/group/group_window.py" line="133" />
        <source>Group: {name}</source>
        <translation>Groupe : {name}</translation>
    </message>
    <message>
        <location filename="../../ui/group/group_window.py" line="83" />
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location filename="../../ui/group/panel.py" line="31" />
        <source>The session helped my practice</source>
        <translation>La séance m’a aidé·e dans ma pratique</translation>
    </message>
    <message>
        <location filename="../../ui/group/panel.py" line="34" />
        <source>The frame was kept (confidentiality, listening, no judgement)</source>
        <translation>Le cadre a été tenu (confidentialité, écoute, non-jugement)</translation>
    </message>
    <message>
        <location filename="../../ui/group/group_window.py" line="84" />
        <source>Cycle and calendar</source>
        <translation>Cycle et calendrier</translation>
    </message>
    <message>
        <location filename="../../ui/group/group_window.py" line="85" />
        <source>Management's answers</source>
        <translation>Les réponses de la direction</translation>
    </message>
    <message>
        <location filename="../../ui/group/group_window.py" line="86" />
        <source>Bilan</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <location filename="../../ui/group/group_window.py" line="88" />
        <source>Framing and invitation</source>
        <translation>Cadrage et invitation</translation>
    </message>
    <message>
        <location filename="../../ui/group/group_window.py" line="96" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/group/group_window.py" line="185" />
        <source>A passphrase ({n} characters at least):</source>
        <translation>Une phrase secrète ({n} caractères au moins) :</translation>
    </message>
    <message>
        <location filename="../../ui/group/panel.py" line="116" />
        <source>Session {n} — {case}</source>
        <translation>Séance {n} — {case}</translation>
    </message>
    <message>
        <location filename="../../ui/group/panel.py" line="67" />
        <source>held</source>
        <translation>tenue</translation>
    </message>
    <message>
        <location filename="../../ui/group/panel.py" line="68" />
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location filename="../../ui/group/panel.py" line="69" />
        <source>next</source>
        <translation>prochaine</translation>
    </message>
    <message>
        <location filename="../../ui/group/group_window.py" line="181" />
        <source>Passphrase of the file</source>
        <translation>Phrase secrète du fichier</translation>
    </message>
    <message>
        <location filename="../../ui/group/group_window.py" line="195" />
        <source>The same again:</source>
        <translation>La même à nouveau :</translation>
    </message>
    <message>
        <location filename="../../ui/group/group_window.py" line="205" />
        <location filename="../../ui/group/members.py" line="172" />
        <source>Delete for good?</source>
        <translation>Supprimer définitivement ?</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../ui/session/help_overlay.py" line="22" />
        <source>Keys — they work in every window of the session</source>
        <translation>Touches — elles marchent dans toutes les fenêtres de la séance</translation>
    </message>
    <message>
        <location filename="../../ui/session/help_overlay.py" line="42" />
        <source>F1 or ? to close</source>
        <translation>F1 ou ? pour fermer</translation>
    </message>
</context>
<context>
    <name>HomeWindow</name>
    <message>
        <location filename="../../ui/home/home.py" line="72" />
        <location filename="../../ui/home/home.py" line="114" />
        <source>Tour de table</source>
        <translation>Tour de table</translation>
    </message>
    <message>
        <location filename="../../ui/home/home.py" line="120" />
        <source>Co-development and peer-exchange sessions, timed and fair.</source>
        <translation>Séances de codéveloppement et d’échanges entre pairs, minutées et équitables.</translation>
    </message>
    <message>
        <location filename="../../ui/home/home.py" line="79" />
        <source>Resume an unfinished session</source>
        <translation>Reprendre une séance non terminée</translation>
    </message>
    <message>
        <location filename="../../ui/home/home.py" line="126" />
        <source>First time here?</source>
        <translation>Première fois ?</translation>
    </message>
    <message>
        <location filename="../../ui/home/home.py" line="130" />
        <source>To begin, “Start a new session” sets up the group, its participants and the situation. To see first how a session runs, try the demo: nothing done in it is kept.</source>
        <translation>Pour commencer, « Nouvelle séance » pose le groupe, ses participants et la situation. Pour voir d’abord comment se déroule une séance, essayez la démonstration : rien de ce qu’on y fait n’est gardé.</translation>
    </message>
    <message>
        <location filename="../../ui/home/home.py" line="137" />
        <source>Try a demo session</source>
        <translation>Essayer une séance de démonstration</translation>
    </message>
    <message>
        <location filename="../../ui/home/home.py" line="146" />
        <source>Start a new session</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <location filename="../../ui/home/home.py" line="150" />
        <source>Prepare my exposé</source>
        <translation>Préparer mon exposé</translation>
    </message>
    <message>
        <location filename="../../ui/home/groups_panel.py" line="30" />
        <location filename="../../ui/home/groups_panel.py" line="41" />
        <source>Groups, their cycles and sessions</source>
        <translation>Groupes, leurs cycles et leurs séances</translation>
    </message>
    <message>
        <location filename="../../ui/home/groups_panel.py" line="47" />
        <source>Open the group…</source>
        <translation>Ouvrir le groupe…</translation>
    </message>
    <message>
        <location filename="../../ui/home/home.py" line="159" />
        <source>Search past sessions (notes, case titles)</source>
        <translation>Rechercher dans les séances passées (notes, titres des situations)</translation>
    </message>
    <message>
        <location filename="../../ui/home/home.py" line="160" />
        <source>Search past sessions</source>
        <translation>Rechercher dans les séances passées</translation>
    </message>
    <message>
        <location filename="../../ui/home/home.py" line="165" />
        <source>Sessions found</source>
        <translation>Séances trouvées</translation>
    </message>
    <message>
        <location filename="../../ui/home/home.py" line="172" />
        <location filename="../../ui/home/home.py" line="175" />
        <source>Past sessions</source>
        <translation>Séances passées</translation>
    </message>
    <message>
        <location filename="../../ui/home/home.py" line="183" />
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../ui/home/home.py" line="194" />
        <source>Sessions are kept on the service's server: {server}</source>
        <translation>Les séances sont gardées sur le serveur du service : {server}</translation>
    </message>
    <message>
        <location filename="../../ui/home/home.py" line="196" />
        <source>Sessions are kept on this computer only: {path}</source>
        <translation>Les séances restent sur cet ordinateur uniquement : {path}</translation>
    </message>
    <message>
        <location filename="../../ui/home/home.py" line="205" />
        <source>How long they are kept…</source>
        <translation>Combien de temps elles sont gardées…</translation>
    </message>
    <message>
        <location filename="../../ui/home/home.py" line="208" />
        <source>Import a group…</source>
        <translation>Importer un groupe…</translation>
    </message>
    <message>
        <location filename="../../ui/home/home.py" line="211" />
        <source>Passphrase…</source>
        <translation>Phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../ui/home/home.py" line="216" />
        <source>Where they are kept…</source>
        <translation>Où elles sont gardées…</translation>
    </message>
    <message>
        <location filename="../../ui/home/home.py" line="228" />
        <source>Saved: the app keeps its sessions there from its next start.</source>
        <translation>Enregistré : l’application y gardera ses séances dès son prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../ui/home/home.py" line="240" />
        <source>{group} — session {n} — {date} — {case} — step {step} of {steps}</source>
        <translation>{group} — séance {n} — {date} — {case} — étape {step} sur {steps}</translation>
    </message>
    <message>
        <location filename="../../ui/home/home.py" line="259" />
        <source>Resume: {what}</source>
        <translation>Reprendre : {what}</translation>
    </message>
    <message>
        <location filename="../../ui/home/home.py" line="296" />
        <source>{group}, session {n}, sent {day}</source>
        <translation>{group}, séance {n}, envoyé le {day}</translation>
    </message>
    <message>
        <location filename="../../ui/home/home.py" line="303" />
        <source>{n} relevé(s) have waited more than {days} days for management's answer: {which}</source>
        <translation>{n} relevé(s) attendent depuis plus de {days} jours la réponse de la direction : {which}</translation>
    </message>
    <message>
        <location filename="../../ui/home/home.py" line="320" />
        <source>{n} groups have had no session for {months} months: “How long they are kept…” lets you review and delete them.</source>
        <translation>{n} groupe(s) sans séance depuis {months} mois : « Combien de temps elles sont gardées… » permet de les revoir et de les supprimer.</translation>
    </message>
    <message>
        <location filename="../../ui/home/home.py" line="335" />
        <source>The file's passphrase:</source>
        <translation>La phrase secrète du fichier :</translation>
    </message>
    <message>
        <location filename="../../ui/home/home.py" line="349" />
        <source>“{name}” is already on this computer. Import it under the name:</source>
        <translation>« {name} » est déjà sur cet ordinateur. L’importer sous le nom :</translation>
    </message>
    <message>
        <location filename="../../ui/home/home.py" line="362" />
        <source>The group was imported.</source>
        <translation>Le groupe a été importé.</translation>
    </message>
    <message>
        <location filename="../../ui/home/groups_panel.py" line="68" />
        <source>{title}: {held}/{planned} sessions</source>
        <translation>{title} : {held}/{planned} séances</translation>
    </message>
    <message>
        <location filename="../../ui/home/groups_panel.py" line="72" />
        <source>next: {day}</source>
        <translation>prochaine : {day}</translation>
    </message>
    <message>
        <location filename="../../ui/home/groups_panel.py" line="76" />
        <location filename="../../ui/home/groups_panel.py" line="94" />
        <source>{n} overdue</source>
        <translation>{n} en retard</translation>
    </message>
    <message>
        <location filename="../../ui/home/groups_panel.py" line="83" />
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <location filename="../../ui/home/groups_panel.py" line="87" />
        <source>Sessions outside a cycle</source>
        <translation>Séances hors cycle</translation>
    </message>
    <message>
        <location filename="../../ui/home/groups_panel.py" line="122" />
        <source>Session {n} — {date} — {case}</source>
        <translation>Séance {n} — {date} — {case}</translation>
    </message>
    <message>
        <location filename="../../ui/home/groups_panel.py" line="126" />
        <source>unfinished</source>
        <translation>non terminée</translation>
    </message>
    <message>
        <location filename="../../ui/home/groups_panel.py" line="129" />
        <source>Session {n} — planned {date} at {time}</source>
        <translation>Séance {n} — prévue le {date} à {time}</translation>
    </message>
    <message>
        <location filename="../../ui/home/groups_panel.py" line="135" />
        <source>narrator: {name}</source>
        <translation>narrateur·rice : {name}</translation>
    </message>
    <message>
        <location filename="../../ui/home/groups_panel.py" line="139" />
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location filename="../../ui/home/home.py" line="412" />
        <source>Nothing found.</source>
        <translation>Rien trouvé.</translation>
    </message>
    <message>
        <location filename="../../ui/home/home.py" line="428" />
        <source>Show {n} more</source>
        <translation>Afficher {n} de plus</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../../ui/session/keys.py" line="97" />
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="98" />
        <source>start / pause</source>
        <translation>démarrer / mettre en pause</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="104" />
        <source>Page Down or →</source>
        <translation>Page suivante ou →</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="105" />
        <source>next step</source>
        <translation>étape suivante</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="112" />
        <source>Page Up or ←</source>
        <translation>Page précédente ou ←</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="113" />
        <source>previous step</source>
        <translation>étape précédente</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="121" />
        <source>participant 1 to 10 takes the floor; again ends the turn</source>
        <translation>le participant 1 à 10 prend la parole ; à nouveau, fin de son tour</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="127" />
        <source>Shift+1 … Shift+0</source>
        <translation>Maj+1 … Maj+0</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="128" />
        <source>participants 11 to 20, in a larger group</source>
        <translation>participants 11 à 20, dans un grand groupe</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="134" />
        <source>H, then their key</source>
        <translation>H, puis sa touche</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="135" />
        <source>a hand raised (again: lowered) — the speaking queue</source>
        <translation>une main levée (à nouveau : baissée) — la file de parole</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="142" />
        <source>the floor to the next hand raised</source>
        <translation>la parole à la prochaine main levée</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="148" />
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="149" />
        <source>undo the last floor change (a wrong key)</source>
        <translation>annuler le dernier changement de parole (une touche de travers)</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="155" />
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="156" />
        <source>nobody speaks</source>
        <translation>personne ne parle</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="162" />
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="163" />
        <source>“I pass” in a round</source>
        <translation>« je passe » dans un tour de table</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="170" />
        <source>black screen for the room / back</source>
        <translation>écran noir pour la salle / retour</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="178" />
        <source>one minute more for the step</source>
        <translation>une minute de plus pour l’étape</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="185" />
        <source>one minute less for the step</source>
        <translation>une minute de moins pour l’étape</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="191" />
        <source>N or Enter</source>
        <translation>N ou Entrée</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="192" />
        <source>type a note (Enter files it, Esc leaves the field)</source>
        <translation>saisir une note (Entrée la classe, Échap quitte le champ)</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="198" />
        <source>Ctrl+↑</source>
        <translation>Ctrl+↑</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="199" />
        <source>choose the filed note above</source>
        <translation>choisir la note au-dessus, parmi les notes prises</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="205" />
        <source>Ctrl+↓</source>
        <translation>Ctrl+↓</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="206" />
        <source>… the one below</source>
        <translation>… celle du dessous</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="213" />
        <source>correct the chosen note (an empty line deletes it)</source>
        <translation>corriger la note choisie (une ligne vide la supprime)</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="220" />
        <source>the chosen note: next kind (question, hypothesis…)</source>
        <translation>la note choisie : type suivant (question, hypothèse…)</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="226" />
        <source>Ctrl+1, Ctrl+2, Ctrl+3 · Ctrl+0</source>
        <translation>Ctrl+1, Ctrl+2, Ctrl+3 · Ctrl+0</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="227" />
        <source>arbitrate the chosen proposal · take it off</source>
        <translation>arbitrer la proposition choisie · retirer l’arbitrage</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="233" />
        <source>Ctrl+Del</source>
        <translation>Ctrl+Suppr</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="234" />
        <source>delete the chosen note (asks first)</source>
        <translation>supprimer la note choisie (demande d’abord)</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="240" />
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="241" />
        <source>chime off / on</source>
        <translation>carillon coupé / rétabli</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="247" />
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="248" />
        <source>talk bars on the projection</source>
        <translation>barres de temps de parole sur la projection</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="255" />
        <source>projection full screen on / off</source>
        <translation>projection plein écran oui / non</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="263" />
        <source>“retour” step: the selected action is done</source>
        <translation>étape « retour » : l’action choisie est faite</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="270" />
        <source>… is in progress</source>
        <translation>… est en cours</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="277" />
        <source>… was dropped</source>
        <translation>… a été abandonnée</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="284" />
        <source>… select the next action</source>
        <translation>… choisir l’action suivante</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="291" />
        <source>running late: finish on time (the steps to come shortened)</source>
        <translation>en retard : finir à l’heure (étapes à venir raccourcies)</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="298" />
        <source>… go on as planned</source>
        <translation>… garder le plan</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="304" />
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="305" />
        <source>a break: the timer waits, the room sees when it ends</source>
        <translation>une pause : le minuteur attend, la salle voit quand elle finit</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="311" />
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="312" />
        <source>someone leaves the room (or comes back)</source>
        <translation>quelqu’un quitte la salle (ou revient)</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="318" />
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="319" />
        <source>correct a name</source>
        <translation>corriger un nom</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="325" />
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="326" />
        <source>the case's situation and request, the follow-up date</source>
        <translation>la situation et la demande du cas, la date de suivi</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="332" />
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="333" />
        <source>take the session over from another console (a server)</source>
        <translation>prendre la main sur une séance conduite depuis une autre console (serveur)</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="339" />
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="340" />
        <source>show the message to the room / take it down</source>
        <translation>afficher le message à la salle / le retirer</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="347" />
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="348" />
        <source>someone arrives late: give them a seat</source>
        <translation>quelqu’un arrive en retard : lui donner une place</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="354" />
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="355" />
        <source>synthesis sheet (PDF)</source>
        <translation>fiche de synthèse (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="361" />
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="362" />
        <source>end the session (asks first)</source>
        <translation>terminer la séance (avec confirmation)</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="369" />
        <source>show or hide this list</source>
        <translation>afficher ou masquer cette liste</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys.py" line="553" />
        <source>off (Tab to the buttons)</source>
        <translation>désactivées (Tab jusqu’aux boutons)</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../../ui/session/keys_dialog.py" line="45" />
        <source>Keys and clicker</source>
        <translation>Touches et télécommande</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys_dialog.py" line="51" />
        <source>Choose an action, then “Add a key…” and press the key, or the clicker's button, that should do it. A key already used by another action is refused.</source>
        <translation>Choisissez une action, puis « Ajouter une touche… » et appuyez sur la touche, ou le bouton de la télécommande, qui doit la faire. Une touche déjà prise par une autre action est refusée.</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys_dialog.py" line="58" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys_dialog.py" line="58" />
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys_dialog.py" line="59" />
        <source>Actions and their keys</source>
        <translation>Les actions et leurs touches</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys_dialog.py" line="73" />
        <source>Add a key…</source>
        <translation>Ajouter une touche…</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys_dialog.py" line="75" />
        <source>No key for it</source>
        <translation>Aucune touche</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys_dialog.py" line="77" />
        <source>Back to the usual keys</source>
        <translation>Revenir aux touches habituelles</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys_dialog.py" line="85" />
        <source>Keys of one letter or digit:</source>
        <translation>Touches d’une lettre ou d’un chiffre :</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys_dialog.py" line="89" />
        <source>on</source>
        <translation>actives</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys_dialog.py" line="90" />
        <source>only with Alt (Alt+N, Alt+1…)</source>
        <translation>seulement avec Alt (Alt+N, Alt+1…)</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys_dialog.py" line="91" />
        <source>off (Tab reaches every button)</source>
        <translation>désactivées (Tab atteint chaque bouton)</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys_dialog.py" line="130" />
        <source>Press the key, or the clicker's button, for “{action}”…</source>
        <translation>Appuyez sur la touche, ou le bouton de la télécommande, pour « {action} »…</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys_dialog.py" line="173" />
        <source>{key} gives the floor to a participant: it cannot do anything else.</source>
        <translation>{key} donne la parole à un participant : elle ne peut rien faire d’autre.</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys_dialog.py" line="179" />
        <source>{key} already does “{other}”: give that action another key first.</source>
        <translation>{key} fait déjà « {other} » : donnez d’abord une autre touche à cette action.</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys_dialog.py" line="184" />
        <source>{key} now does “{action}”.</source>
        <translation>{key} fait maintenant « {action} ».</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys_dialog.py" line="197" />
        <source>No key for “{action}”: its button still does it.</source>
        <translation>Aucune touche pour « {action} » : son bouton le fait toujours.</translation>
    </message>
    <message>
        <location filename="../../ui/session/keys_dialog.py" line="207" />
        <source>The usual keys are back.</source>
        <translation>Les touches habituelles sont revenues.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="21" />
        <source>Facilitator</source>
        <translation>Animateur·rice</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22" />
        <source>Narrator</source>
        <translation>Narrateur·rice</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23" />
        <source>Consultant</source>
        <translation>Consultant·e</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24" />
        <source>Scribe</source>
        <translation>Secrétaire de séance</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25" />
        <source>Guest</source>
        <translation>Invité·e</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31" />
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32" />
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33" />
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34" />
        <source>Hypothesis</source>
        <translation>Hypothèse</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35" />
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37" />
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38" />
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39" />
        <source>Training need</source>
        <translation>Besoin de formation</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40" />
        <source>Learning</source>
        <translation>Apprentissage</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <location filename="../../ui/group/members.py" line="40" />
        <source>Members of the group</source>
        <translation>Membres du groupe</translation>
    </message>
    <message>
        <location filename="../../ui/group/members.py" line="44" />
        <location filename="../../ui/group/members.py" line="45" />
        <source>Name of a new member</source>
        <translation>Nom d’un nouveau membre</translation>
    </message>
    <message>
        <location filename="../../ui/group/members.py" line="49" />
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../ui/group/members.py" line="50" />
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../../ui/group/members.py" line="51" />
        <source>Retire</source>
        <translation>Retirer du groupe</translation>
    </message>
    <message>
        <location filename="../../ui/group/members.py" line="52" />
        <source>Erase their data…</source>
        <translation>Effacer ses données…</translation>
    </message>
    <message>
        <location filename="../../ui/group/members.py" line="58" />
        <source>Past sessions keep the names they were held with.</source>
        <translation>Les séances passées gardent les noms sous lesquels elles ont été tenues.</translation>
    </message>
    <message>
        <location filename="../../ui/group/members.py" line="69" />
        <source>retired</source>
        <translation>retiré·e</translation>
    </message>
    <message>
        <location filename="../../ui/group/members.py" line="84" />
        <source>Type the new member's name first.</source>
        <translation>Saisissez d’abord le nom du nouveau membre.</translation>
    </message>
    <message>
        <location filename="../../ui/group/members.py" line="93" />
        <source>Choose a member in the list first.</source>
        <translation>Choisissez d’abord un membre dans la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/group/members.py" line="102" />
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../../ui/group/members.py" line="102" />
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <location filename="../../ui/group/members.py" line="113" />
        <source>“{name}” will be erased from every session of the group: seats, notes, cases, answers, follow-up, places and titles. Their speaking time stays, as a former member. It cannot be undone. Backups made before (of this computer or of the server) still hold the name until they are replaced.</source>
        <translation>« {name} » sera effacé·e de toutes les séances du groupe : places, notes, situations, réponses, suites, lieux et titres. Son temps de parole reste compté, comme ancien·ne membre. C’est irréversible. Les sauvegardes faites avant (de cet ordinateur ou du serveur) gardent le nom jusqu’à leur remplacement.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/operations.py" line="271" />
        <source>This file would be written in the app's own folder ({folder}), among the sessions: choose another folder. Nothing was written.</source>
        <translation>Ce fichier serait écrit dans le dossier de l’application ({folder}), parmi les séances : choisissez un autre dossier. Rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="280" />
        <source>This file is not a Tour de table group: nothing was imported.</source>
        <translation>Ce fichier n’est pas un groupe Tour de table : rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="283" />
        <source>Wrong passphrase, or the file was altered since it was written: nothing was imported.</source>
        <translation>Phrase secrète incorrecte, ou fichier modifié depuis qu’il a été écrit : rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="288" />
        <source>A group of that name is already on this computer: give the one you import another name (nothing is ever merged).</source>
        <translation>Un groupe de ce nom est déjà sur cet ordinateur : donnez un autre nom à celui que vous importez (rien n’est jamais fusionné).</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="293" />
        <source>A group's name is 1 to 80 characters: nothing was imported.</source>
        <translation>Le nom d’un groupe a de 1 à 80 caractères : rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="296" />
        <source>This file is larger than any group file ({n} MB at most): nothing was imported.</source>
        <translation>Ce fichier est plus gros qu’aucun fichier de groupe ({n} Mo au plus) : rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="300" />
        <source>This group file was written by a newer version of Tour de table: update the app to import it. Nothing was imported.</source>
        <translation>Ce fichier de groupe a été écrit par une version plus récente de Tour de table : mettez l’application à jour pour l’importer. Rien n’a été importé.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="305" />
        <source>This group file is damaged (its content is not a whole group): nothing was imported. Ask for it again.</source>
        <translation>Ce fichier de groupe est abîmé (son contenu n’est pas un groupe entier) : rien n’a été importé. Demandez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="314" />
        <source>This note is too long ({n} characters; {most} at most): shorten it or split it. What you typed stays in the field.</source>
        <translation>Cette note est trop longue ({n} caractères ; {most} au plus) : raccourcissez-la ou coupez-la en deux. Ce que vous avez tapé reste dans le champ.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="320" />
        <source>This was deleted meanwhile: the list is shown again.</source>
        <translation>Cet élément a été supprimé entre-temps : la liste est affichée à nouveau.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="324" />
        <source>The file could not be written ({reason}). Choose another folder; the sessions themselves are untouched.</source>
        <translation>Le fichier n’a pas pu être écrit ({reason}). Choisissez un autre dossier ; les séances elles-mêmes ne sont pas touchées.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="333" />
        <source>This could not be done ({reason}); nothing was changed.</source>
        <translation>Cela n’a pas pu être fait ({reason}) ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="340" />
        <source>The answer cannot come before the relevé was sent.</source>
        <translation>La réponse ne peut pas précéder l’envoi du relevé.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="343" />
        <source>A cycle has 1 to 50 sessions.</source>
        <translation>Un cycle compte de 1 à 50 séances.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="344" />
        <source>A cycle's title is 200 characters at most: nothing was changed.</source>
        <translation>Le titre d’un cycle a 200 caractères au plus : rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="347" />
        <source>A place is 200 characters at most: nothing was changed.</source>
        <translation>Un lieu a 200 caractères au plus : rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="350" />
        <source>A member's name is 1 to 80 characters: nothing was changed.</source>
        <translation>Le nom d’un membre fait de 1 à 80 caractères : rien n’a été changé.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="353" />
        <location filename="../../ui/operations.py" line="356" />
        <source>The size sought is 2 to 30 people, the smallest first.</source>
        <translation>La taille recherchée va de 2 à 30 personnes, la plus petite d’abord.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="359" />
        <source>This date or time cannot be used.</source>
        <translation>Cette date ou cette heure ne convient pas.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="364" />
        <source>Another program removed the sessions' journal file (a sync or cleaning tool?). Everything was saved into the main file; nothing is lost.</source>
        <translation>Un autre programme a supprimé le journal des séances (un outil de synchronisation ou de nettoyage ?). Tout a été enregistré dans le fichier principal ; rien n’est perdu.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="381" />
        <source>The disk is full: this action was not saved; everything saved before is safe. Free some space and try again.</source>
        <translation>Le disque est plein : cette action n’a pas été enregistrée ; tout ce qui l’était avant est intact. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="386" />
        <source>This action could not be saved; everything saved before is safe. Try again; if it fails again, close the app and check the disk.</source>
        <translation>Cette action n’a pas pu être enregistrée ; tout ce qui l’était avant est intact. Réessayez ; si cela échoue encore, fermez l’application et vérifiez le disque.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="391" />
        <source>The sessions file is in use by another program (a backup or a sync?): nothing was changed. Try again in a moment.</source>
        <translation>Le fichier des séances est utilisé par un autre programme (une sauvegarde, une synchronisation ?) : rien n’a été modifié. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="396" />
        <source>You do not have the right to write in {path}: nothing was changed. Choose another folder or ask your IT support.</source>
        <translation>Vous n’avez pas le droit d’écrire dans {path} : rien n’a été modifié. Choisissez un autre dossier ou demandez à votre support informatique.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="401" />
        <source>The folder {path} could not be created: nothing was written.</source>
        <translation>Le dossier {path} n’a pas pu être créé : rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="404" />
        <source>The path {path} is a file, not a folder: nothing was written.</source>
        <translation>Le chemin {path} est un fichier, pas un dossier : rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="407" />
        <source>The sessions file {path} is damaged and could not be set aside. It was left as it was.</source>
        <translation>Le fichier des séances {path} est endommagé et n’a pas pu être mis de côté. Il a été laissé tel quel.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="412" />
        <source>The sessions file {path} could not be opened. It was left as it was.</source>
        <translation>Le fichier des séances {path} n’a pas pu être ouvert. Il a été laissé tel quel.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="415" />
        <source>Tour de table is already open on this computer with the same sessions ({path}). Use that window: this one will close without changing anything.</source>
        <translation>Tour de table est déjà ouvert sur cet ordinateur avec les mêmes séances ({path}). Utilisez cette fenêtre-là : celle-ci va se fermer sans rien modifier.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="420" />
        <source>The sessions file {path} was written by a newer version of Tour de table. Update the app to open it; the file was left as it was.</source>
        <translation>Le fichier des séances {path} a été écrit par une version plus récente de Tour de table. Mettez l’application à jour pour l’ouvrir ; le fichier a été laissé tel quel.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="425" />
        <source>The server's address ({path}) names no user or database: nothing was opened. Check the setting with your IT support.</source>
        <translation>L’adresse du serveur ({path}) ne nomme ni utilisateur ni base : rien n’a été ouvert. Vérifiez le réglage avec votre support informatique.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="430" />
        <source>The server {path} is not on this computer, and its connection would not be encrypted: nothing was sent. Ask your IT support for its TLS setting.</source>
        <translation>Le serveur {path} n’est pas sur cet ordinateur et la connexion ne serait pas chiffrée : rien n’a été envoyé. Demandez son réglage TLS à votre support informatique.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="435" />
        <source>The server {path} does not answer: nothing was written. Check the network, or try again in a moment.</source>
        <translation>Le serveur {path} ne répond pas : rien n’a été écrit. Vérifiez le réseau, ou réessayez dans un moment.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="440" />
        <source>The server {path} refused the connection (password, user or certificate): nothing was written. Check them with your IT support.</source>
        <translation>Le serveur {path} a refusé la connexion (mot de passe, utilisateur ou certificat) : rien n’a été écrit. Vérifiez-les avec votre support informatique.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="445" />
        <source>Another console wrote this session while this one was cut off: this one now follows it. What was recorded here stays on this computer.</source>
        <translation>Une autre console a écrit cette séance pendant que celle-ci était coupée : celle-ci la suit désormais. Ce qui a été enregistré ici reste sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="450" />
        <source>The server {path} took too long to answer: this action was not saved there. Try again in a moment; a session's steps and turns wait on this computer.</source>
        <translation>Le serveur {path} a mis trop longtemps à répondre : cette action n’y a pas été enregistrée. Réessayez dans un instant ; les étapes et les prises de parole d’une séance attendent sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="455" />
        <source>The server's disk is full: this action was not saved there; everything saved before is safe. Tell your IT support; a session's steps and turns wait on this computer.</source>
        <translation>Le disque du serveur est plein : cette action n’y a pas été enregistrée ; tout ce qui l’a été avant est en sécurité. Prévenez votre support informatique ; les étapes et les prises de parole d’une séance attendent sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="461" />
        <source>The server does not allow your login to do this: nothing was changed. Ask your IT support for the facilitator's role.</source>
        <translation>Le serveur n’autorise pas votre identifiant à faire cela : rien n’a été modifié. Demandez à votre support informatique le rôle d’animateur·rice.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="466" />
        <source>This computer has no keyring to keep the server's password: nothing was kept. Ask your IT support, or give the password in TOURDETABLE_DATABASE_PASSWORD.</source>
        <translation>Cet ordinateur n’a pas de trousseau pour garder le mot de passe du serveur : rien n’a été gardé. Demandez à votre support informatique, ou donnez le mot de passe dans TOURDETABLE_DATABASE_PASSWORD.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="471" />
        <source>Another console drives this session: this one follows it and writes nothing. To drive it from here, take over (Ctrl+T) once the other lets go.</source>
        <translation>Une autre console conduit cette séance : celle-ci la suit et n’écrit rien. Pour la conduire d’ici, prenez la main (Ctrl+T) quand l’autre l’aura laissée.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="476" />
        <source>The sessions in {path} are protected: the passphrase opens them.</source>
        <translation>Les séances de {path} sont protégées : la phrase secrète les ouvre.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="479" />
        <source>That passphrase does not open the sessions in {path}; nothing was changed.</source>
        <translation>Cette phrase secrète n’ouvre pas les séances de {path} ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="483" />
        <source>Encryption is not available on this computer; the sessions were not changed.</source>
        <translation>Le chiffrement n’est pas disponible sur cet ordinateur ; les séances n’ont pas été modifiées.</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <location filename="../../ui/home/setup_dialog.py" line="73" />
        <source>Short title, no names of third parties</source>
        <translation>Titre court, sans nom de tiers</translation>
    </message>
    <message>
        <location filename="../../ui/home/setup_dialog.py" line="75" />
        <source>Case {n}</source>
        <translation>Cas {n}</translation>
    </message>
    <message>
        <location filename="../../ui/home/setup_dialog.py" line="79" />
        <source>Narrator of case {n}</source>
        <translation>Narrateur·rice du cas {n}</translation>
    </message>
    <message>
        <location filename="../../ui/home/setup_dialog.py" line="90" />
        <location filename="../../ui/home/setup_dialog.py" line="93" />
        <source>Theme (optional)</source>
        <translation>Thème (facultatif)</translation>
    </message>
    <message>
        <location filename="../../ui/home/setup_dialog.py" line="96" />
        <source>Theme of case {n}</source>
        <translation>Thème du cas {n}</translation>
    </message>
    <message>
        <location filename="../../ui/home/setup_dialog.py" line="128" />
        <source>New session</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <location filename="../../ui/home/setup_dialog.py" line="180" />
        <source>Name or code of the group</source>
        <translation>Nom ou code du groupe</translation>
    </message>
    <message>
        <location filename="../../ui/home/setup_dialog.py" line="181" />
        <location filename="../../ui/home/setup_dialog.py" line="184" />
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../ui/home/setup_dialog.py" line="138" />
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../../ui/home/setup_dialog.py" line="141" />
        <source>Your name (optional)</source>
        <translation>Votre nom (facultatif)</translation>
    </message>
    <message>
        <location filename="../../ui/home/setup_dialog.py" line="142" />
        <source>Facilitator</source>
        <translation>Animateur·rice</translation>
    </message>
    <message>
        <location filename="../../ui/home/setup_dialog.py" line="144" />
        <source>A second facilitator (optional)</source>
        <translation>Un·e second·e animateur·rice (facultatif)</translation>
    </message>
    <message>
        <location filename="../../ui/home/setup_dialog.py" line="145" />
        <location filename="../../ui/home/setup_dialog.py" line="146" />
        <source>Co-facilitator</source>
        <translation>Co-animateur·rice</translation>
    </message>
    <message>
        <location filename="../../ui/home/setup_dialog.py" line="189" />
        <source>One name per line — typed or pasted</source>
        <translation>Un nom par ligne — tapé ou collé</translation>
    </message>
    <message>
        <location filename="../../ui/home/setup_dialog.py" line="194" />
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/home/setup_dialog.py" line="196" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/home/setup_dialog.py" line="196" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../ui/home/setup_dialog.py" line="196" />
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../ui/home/setup_dialog.py" line="200" />
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../../ui/home/setup_dialog.py" line="210" />
        <source>Cases</source>
        <translation>Cas</translation>
    </message>
    <message>
        <location filename="../../ui/home/setup_dialog.py" line="216" />
        <source>Fill the case from a narrator’s prep file…</source>
        <translation>Remplir le cas depuis la préparation du narrateur…</translation>
    </message>
    <message>
        <location filename="../../ui/home/setup_dialog.py" line="153" />
        <source>e.g. 12 March, next session</source>
        <translation>ex. 12 mars, prochaine séance</translation>
    </message>
    <message>
        <location filename="../../ui/home/setup_dialog.py" line="154" />
        <source>Follow-up date</source>
        <translation>Date de suivi</translation>
    </message>
    <message>
        <location filename="../../ui/home/setup_dialog.py" line="159" />
        <source>Create the session</source>
        <translation>Créer la séance</translation>
    </message>
    <message>
        <location filename="../../ui/home/setup_dialog.py" line="161" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/home/setup_dialog.py" line="340" />
        <source>— narrator —</source>
        <translation>— narrateur·rice —</translation>
    </message>
    <message>
        <location filename="../../ui/home/setup_dialog.py" line="346" />
        <source>(already brought a case in this cycle)</source>
        <translation>(a déjà apporté une situation dans ce cycle)</translation>
    </message>
    <message>
        <location filename="../../ui/home/setup_dialog.py" line="372" />
        <source>present</source>
        <translation>présent·e</translation>
    </message>
    <message>
        <location filename="../../ui/home/setup_dialog.py" line="373" />
        <source>excused</source>
        <translation>excusé·e</translation>
    </message>
    <message>
        <location filename="../../ui/home/setup_dialog.py" line="374" />
        <source>absent</source>
        <translation>absent·e</translation>
    </message>
    <message>
        <location filename="../../ui/home/setup_dialog.py" line="400" />
        <source>Open a prep file</source>
        <translation>Ouvrir un fichier de préparation</translation>
    </message>
    <message>
        <location filename="../../ui/home/setup_dialog.py" line="402" />
        <source>Tour de table preparation (*{ext})</source>
        <translation>Préparation Tour de table (*{ext})</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../ui/session/notes_panel.py" line="97" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/session/notes_panel.py" line="98" />
        <source>Kind of the note</source>
        <translation>Type de la note</translation>
    </message>
    <message>
        <location filename="../../ui/session/notes_panel.py" line="99" />
        <source>Kind from prefix (? ! &gt; ~)</source>
        <translation>Type selon le préfixe (? ! &gt; ~)</translation>
    </message>
    <message>
        <location filename="../../ui/session/notes_panel.py" line="103" />
        <source>Arbitration of the proposal</source>
        <translation>Arbitrage de la proposition</translation>
    </message>
    <message>
        <location filename="../../ui/session/notes_panel.py" line="106" />
        <source>No arbitration</source>
        <translation>Sans arbitrage</translation>
    </message>
    <message>
        <location filename="../../ui/session/notes_panel.py" line="106" />
        <source>No tag</source>
        <translation>Sans précision</translation>
    </message>
    <message>
        <location filename="../../ui/session/notes_panel.py" line="122" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/session/notes_panel.py" line="123" />
        <source>? question  ! proposal  &gt; action | who | when</source>
        <translation>? question  ! proposition  &gt; action | qui | quand</translation>
    </message>
    <message>
        <location filename="../../ui/session/notes_panel.py" line="132" />
        <source>Notes filed</source>
        <translation>Notes prises</translation>
    </message>
    <message>
        <location filename="../../ui/session/notes_panel.py" line="137" />
        <source>Correct (F2)</source>
        <translation>Corriger (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/session/notes_panel.py" line="138" />
        <source>Kind (K)</source>
        <translation>Type (K)</translation>
    </message>
    <message>
        <location filename="../../ui/session/notes_panel.py" line="142" />
        <source>Delete (Ctrl+Del)</source>
        <translation>Supprimer (Ctrl+Suppr)</translation>
    </message>
    <message>
        <location filename="../../ui/session/notes_panel.py" line="182" />
        <source>✎ Correcting a note — Enter keeps it, an empty line deletes it</source>
        <translation>✎ Correction d’une note — Entrée la garde, une ligne vide la supprime</translation>
    </message>
    <message>
        <location filename="../../ui/session/notes_panel.py" line="184" />
        <source>✎ Typing a note — Enter files it, Esc leaves the field</source>
        <translation>✎ Saisie d’une note — Entrée la classe, Échap quitte le champ</translation>
    </message>
    <message>
        <location filename="../../ui/session/notes_panel.py" line="186" />
        <source>N or Enter: type a note · Ctrl+↑↓ choose a filed note</source>
        <translation>N ou Entrée : prendre une note · Ctrl+↑↓ choisir une note prise</translation>
    </message>
    <message>
        <location filename="../../ui/session/notes_panel.py" line="243" />
        <source>Case {n}: {title}</source>
        <translation>Cas {n} : {title}</translation>
    </message>
    <message>
        <location filename="../../ui/session/notes_panel.py" line="247" />
        <source>The whole session</source>
        <translation>Toute la séance</translation>
    </message>
    <message>
        <location filename="../../ui/session/notes_panel.py" line="348" />
        <source>Only a proposal is arbitrated.</source>
        <translation>Seule une proposition s’arbitre.</translation>
    </message>
    <message>
        <location filename="../../ui/session/notes_panel.py" line="350" />
        <source>This kind of note takes no tag.</source>
        <translation>Ce type de note ne se précise pas.</translation>
    </message>
    <message>
        <location filename="../../ui/session/notes_panel.py" line="372" />
        <source>Delete this note?</source>
        <translation>Supprimer cette note ?</translation>
    </message>
    <message>
        <location filename="../../ui/session/notes_panel.py" line="373" />
        <source>“{text}” will be deleted.</source>
        <translation>« {text} » sera supprimée.</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../ui/home/passphrase_dialog.py" line="28" />
        <source>The sessions in {folder} are protected. Passphrase:</source>
        <translation>Les séances de {folder} sont protégées. Phrase secrète :</translation>
    </message>
    <message>
        <location filename="../../ui/home/passphrase_dialog.py" line="33" />
        <source>That passphrase does not open them.</source>
        <translation>Cette phrase secrète ne les ouvre pas.</translation>
    </message>
    <message>
        <location filename="../../ui/home/passphrase_dialog.py" line="39" />
        <source>Protected sessions</source>
        <translation>Séances protégées</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/home/passphrase_dialog.py" line="50" />
        <source>Protect the sessions with a passphrase</source>
        <translation>Protéger les séances par une phrase secrète</translation>
    </message>
    <message>
        <location filename="../../ui/home/passphrase_dialog.py" line="55" />
        <source>The sessions on this computer will be encrypted: without the passphrase nobody can read them, not even the app. If it is forgotten, nobody can recover them — there is no reset. Write it down and keep it somewhere safe.</source>
        <translation>Les séances de cet ordinateur seront chiffrées : sans la phrase secrète, personne ne peut les lire, pas même l’application. Si elle est oubliée, personne ne peut les récupérer — il n’y a pas de réinitialisation. Notez-la et gardez-la en lieu sûr.</translation>
    </message>
    <message>
        <location filename="../../ui/home/passphrase_dialog.py" line="64" />
        <location filename="../../ui/home/passphrase_dialog.py" line="66" />
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../../ui/home/passphrase_dialog.py" line="65" />
        <location filename="../../ui/home/passphrase_dialog.py" line="67" />
        <source>The same again</source>
        <translation>La même, à nouveau</translation>
    </message>
    <message>
        <location filename="../../ui/home/passphrase_dialog.py" line="70" />
        <source>I understand that a forgotten passphrase cannot be recovered</source>
        <translation>Je comprends qu’une phrase secrète oubliée ne se récupère pas</translation>
    </message>
    <message>
        <location filename="../../ui/home/passphrase_dialog.py" line="81" />
        <location filename="../../ui/home/passphrase_dialog.py" line="109" />
        <source>Protect</source>
        <translation>Protéger</translation>
    </message>
    <message>
        <location filename="../../ui/home/passphrase_dialog.py" line="84" />
        <source>Remove the protection</source>
        <translation>Retirer la protection</translation>
    </message>
    <message>
        <location filename="../../ui/home/passphrase_dialog.py" line="101" />
        <source>Encryption is not available on this computer.</source>
        <translation>Le chiffrement n’est pas disponible sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../ui/home/passphrase_dialog.py" line="103" />
        <source>The sessions are protected. A new passphrase replaces it.</source>
        <translation>Les séances sont protégées. Une nouvelle phrase secrète remplace l’ancienne.</translation>
    </message>
    <message>
        <location filename="../../ui/home/passphrase_dialog.py" line="105" />
        <source>The sessions are not protected.</source>
        <translation>Les séances ne sont pas protégées.</translation>
    </message>
    <message>
        <location filename="../../ui/home/passphrase_dialog.py" line="109" />
        <source>Change the passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../ui/home/passphrase_dialog.py" line="117" />
        <source>A passphrase has {n} characters at least: a few words.</source>
        <translation>Une phrase secrète compte au moins {n} caractères : quelques mots.</translation>
    </message>
    <message>
        <location filename="../../ui/home/passphrase_dialog.py" line="123" />
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <location filename="../../ui/home/passphrase_dialog.py" line="126" />
        <source>Tick that you understand it cannot be recovered.</source>
        <translation>Cochez que vous comprenez qu’elle ne se récupère pas.</translation>
    </message>
</context>
<context>
    <name>PeopleStrip</name>
    <message>
        <location filename="../../ui/session/people_strip.py" line="268" />
        <source>out of the room</source>
        <translation>hors de la salle</translation>
    </message>
    <message>
        <location filename="../../ui/session/people_strip.py" line="270" />
        <source>speaking</source>
        <translation>a la parole</translation>
    </message>
    <message>
        <location filename="../../ui/session/people_strip.py" line="272" />
        <source>passed</source>
        <translation>a passé</translation>
    </message>
    <message>
        <location filename="../../ui/session/people_strip.py" line="274" />
        <source>not heard yet</source>
        <translation>pas encore entendu·e</translation>
    </message>
</context>
<context>
    <name>PersonButton</name>
    <message>
        <location filename="../../ui/session/people_strip.py" line="91" />
        <source>has the floor</source>
        <translation>a la parole</translation>
    </message>
</context>
<context>
    <name>Prep</name>
    <message>
        <location filename="../../ui/labels.py" line="133" />
        <source>{name} is damaged and cannot be read ({detail}).</source>
        <translation>{name} est endommagé et ne peut pas être lu ({detail}).</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="136" />
        <source>{name} was made by a newer version of Tour de table (format {detail}). Update the app to open it.</source>
        <translation>{name} vient d’une version plus récente de Tour de table (format {detail}). Mettez l’application à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="141" />
        <source>{name} is not a Tour de table preparation file.</source>
        <translation>{name} n’est pas un fichier de préparation Tour de table.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="144" />
        <source>{name} cannot be read ({detail}).</source>
        <translation>{name} ne peut pas être lu ({detail}).</translation>
    </message>
    <message>
        <location filename="../../ui/prep/rehearsal_panel.py" line="30" />
        <source>the situation</source>
        <translation>la situation</translation>
    </message>
    <message>
        <location filename="../../ui/prep/rehearsal_panel.py" line="31" />
        <source>what is difficult, what I tried</source>
        <translation>ce qui est difficile, ce que j’ai essayé</translation>
    </message>
    <message>
        <location filename="../../ui/prep/rehearsal_panel.py" line="32" />
        <source>what is at stake for me</source>
        <translation>ce qui est en jeu pour moi</translation>
    </message>
    <message>
        <location filename="../../ui/prep/rehearsal_panel.py" line="33" />
        <source>my question to the group</source>
        <translation>ma question au groupe</translation>
    </message>
</context>
<context>
    <name>PrepForm</name>
    <message>
        <location filename="../../ui/prep/prep_form.py" line="46" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/prep/prep_form.py" line="46" />
        <source>A few words, for you and the facilitator.</source>
        <translation>Quelques mots, pour vous et l’animateur·rice.</translation>
    </message>
    <message>
        <location filename="../../ui/prep/prep_form.py" line="47" />
        <source>My name</source>
        <translation>Mon nom</translation>
    </message>
    <message>
        <location filename="../../ui/prep/prep_form.py" line="47" />
        <source>As the facilitator knows you.</source>
        <translation>Tel que l’animateur·rice vous connaît.</translation>
    </message>
    <message>
        <location filename="../../ui/prep/prep_form.py" line="48" />
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../../ui/prep/prep_form.py" line="48" />
        <source>Sets the expected length of the exposé.</source>
        <translation>Fixe la durée attendue de l’exposé.</translation>
    </message>
    <message>
        <location filename="../../ui/prep/prep_form.py" line="50" />
        <source>The concrete situation</source>
        <translation>La situation concrète</translation>
    </message>
    <message>
        <location filename="../../ui/prep/prep_form.py" line="53" />
        <source>The facts: what happened, when, who was there. Name no third party: say “a user”, “my colleague”.</source>
        <translation>Les faits : ce qui s’est passé, quand, qui était là. Ne nommez aucun tiers : dites « un usager », « ma collègue ».</translation>
    </message>
    <message>
        <location filename="../../ui/prep/prep_form.py" line="58" />
        <source>What makes it difficult</source>
        <translation>Ce qui la rend difficile</translation>
    </message>
    <message>
        <location filename="../../ui/prep/prep_form.py" line="60" />
        <source>What stops you, what puzzles you.</source>
        <translation>Ce qui vous arrête, ce qui vous questionne.</translation>
    </message>
    <message>
        <location filename="../../ui/prep/prep_form.py" line="63" />
        <source>What I already tried</source>
        <translation>Ce que j’ai déjà essayé</translation>
    </message>
    <message>
        <location filename="../../ui/prep/prep_form.py" line="65" />
        <source>What you did, and what came of it.</source>
        <translation>Ce que vous avez fait, et ce que cela a donné.</translation>
    </message>
    <message>
        <location filename="../../ui/prep/prep_form.py" line="68" />
        <source>What is at stake for me</source>
        <translation>Ce qui est en jeu pour moi</translation>
    </message>
    <message>
        <location filename="../../ui/prep/prep_form.py" line="70" />
        <source>Your values, your intentions, what matters to you here.</source>
        <translation>Vos valeurs, vos intentions, ce qui compte pour vous ici.</translation>
    </message>
    <message>
        <location filename="../../ui/prep/prep_form.py" line="73" />
        <source>My question to the group</source>
        <translation>Ma question au groupe</translation>
    </message>
    <message>
        <location filename="../../ui/prep/prep_form.py" line="75" />
        <source>Required. One sentence, ending with “?” if you can.</source>
        <translation>Obligatoire. Une seule phrase, qui se termine si possible par « ? ».</translation>
    </message>
    <message>
        <location filename="../../ui/prep/prep_form.py" line="78" />
        <source>The help I expect</source>
        <translation>L’aide que j’attends</translation>
    </message>
    <message>
        <location filename="../../ui/prep/prep_form.py" line="80" />
        <source>Ideas, an outside view, testimonies, a method…</source>
        <translation>Des idées, un regard extérieur, des témoignages, une méthode…</translation>
    </message>
    <message>
        <location filename="../../ui/prep/prep_form.py" line="150" />
        <source>Your question to the group is required.</source>
        <translation>Votre question au groupe est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../ui/prep/prep_form.py" line="154" />
        <source>Tip: end your question with “?”.</source>
        <translation>Astuce : terminez votre question par « ? ».</translation>
    </message>
</context>
<context>
    <name>PrepWindow</name>
    <message>
        <location filename="../../ui/prep/prep_window.py" line="73" />
        <source>Tour de table — preparing my exposé</source>
        <translation>Tour de table — préparer mon exposé</translation>
    </message>
    <message>
        <location filename="../../ui/prep/prep_window.py" line="130" />
        <location filename="../../ui/prep/prep_window.py" line="132" />
        <source>My drafts (saved as you type)</source>
        <translation>Mes brouillons (enregistrés à la frappe)</translation>
    </message>
    <message>
        <location filename="../../ui/prep/prep_window.py" line="136" />
        <source>New preparation</source>
        <translation>Nouvelle préparation</translation>
    </message>
    <message>
        <location filename="../../ui/prep/prep_window.py" line="139" />
        <source>Open a prep file…</source>
        <translation>Ouvrir un fichier de préparation…</translation>
    </message>
    <message>
        <location filename="../../ui/prep/prep_window.py" line="145" />
        <source>How long will it take?</source>
        <translation>Combien de temps cela prendra-t-il ?</translation>
    </message>
    <message>
        <location filename="../../ui/prep/prep_window.py" line="148" />
        <source>My speaking rate (words a minute)</source>
        <translation>Mon débit (mots par minute)</translation>
    </message>
    <message>
        <location filename="../../ui/prep/rehearsal_panel.py" line="47" />
        <source>Rehearse</source>
        <translation>Répéter</translation>
    </message>
    <message>
        <location filename="../../ui/prep/rehearsal_panel.py" line="66" />
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location filename="../../ui/prep/rehearsal_panel.py" line="68" />
        <source>Next part</source>
        <translation>Partie suivante</translation>
    </message>
    <message>
        <location filename="../../ui/prep/rehearsal_panel.py" line="70" />
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../../ui/prep/rehearsal_panel.py" line="80" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/prep/prep_window.py" line="164" />
        <source>Hand it over</source>
        <translation>Transmettre</translation>
    </message>
    <message>
        <location filename="../../ui/prep/prep_window.py" line="166" />
        <source>Save the prep file for the facilitator…</source>
        <translation>Enregistrer le fichier pour l’animateur·rice…</translation>
    </message>
    <message>
        <location filename="../../ui/prep/prep_window.py" line="169" />
        <source>Print my prep sheet (PDF)…</source>
        <translation>Imprimer ma fiche de préparation (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/prep/prep_window.py" line="218" />
        <source>About {minutes} min: {words} words at {rate} words a minute.</source>
        <translation>Environ {minutes} min : {words} mots à {rate} mots par minute.</translation>
    </message>
    <message>
        <location filename="../../ui/prep/prep_window.py" line="222" />
        <source>The method expects {low}–{high} min.</source>
        <translation>La méthode prévoit {low}–{high} min.</translation>
    </message>
    <message>
        <location filename="../../ui/prep/prep_window.py" line="226" />
        <source>Too short: add facts, what you tried, what matters.</source>
        <translation>Trop court : ajoutez des faits, ce que vous avez essayé, ce qui compte.</translation>
    </message>
    <message>
        <location filename="../../ui/prep/prep_window.py" line="227" />
        <source>Within the expected length.</source>
        <translation>Dans la durée attendue.</translation>
    </message>
    <message>
        <location filename="../../ui/prep/prep_window.py" line="228" />
        <source>Too long: keep the facts that help the group help you.</source>
        <translation>Trop long : gardez les faits qui aideront le groupe à vous aider.</translation>
    </message>
    <message>
        <location filename="../../ui/prep/prep_window.py" line="248" />
        <source>The draft could not be saved: {reason}</source>
        <translation>Le brouillon n’a pas pu être enregistré : {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/prep/prep_window.py" line="257" />
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../../ui/prep/rehearsal_panel.py" line="108" />
        <source>The situation took more than about a third of the time: keep to the facts.</source>
        <translation>La situation a pris plus d’un tiers du temps environ : tenez-vous aux faits.</translation>
    </message>
    <message>
        <location filename="../../ui/prep/rehearsal_panel.py" line="112" />
        <source>Your question came after the expected end: move on sooner.</source>
        <translation>Votre question est venue après la fin prévue : avancez plus tôt.</translation>
    </message>
    <message>
        <location filename="../../ui/prep/rehearsal_panel.py" line="115" />
        <source>You stopped before asking your question.</source>
        <translation>Vous vous êtes arrêté·e avant de poser votre question.</translation>
    </message>
    <message>
        <location filename="../../ui/prep/rehearsal_panel.py" line="122" />
        <source>Good pacing: context, then the question in time.</source>
        <translation>Bon rythme : le contexte, puis la question à temps.</translation>
    </message>
    <message>
        <location filename="../../ui/prep/rehearsal_panel.py" line="135" />
        <source>Marks: situation told by about {third}; question asked before {end}.</source>
        <translation>Repères : situation racontée vers {third} ; question posée avant {end}.</translation>
    </message>
    <message>
        <location filename="../../ui/prep/rehearsal_panel.py" line="142" />
        <source>Part {n} of {total}: {name} — {time}</source>
        <translation>Partie {n} sur {total} : {name} — {time}</translation>
    </message>
    <message>
        <location filename="../../ui/prep/rehearsal_panel.py" line="153" />
        <source>Press Start, then “Next part” as you move on.</source>
        <translation>Appuyez sur Commencer, puis sur « Partie suivante » à chaque étape.</translation>
    </message>
    <message>
        <location filename="../../ui/prep/rehearsal_panel.py" line="168" />
        <source>Rehearsal {n}</source>
        <translation>Répétition {n}</translation>
    </message>
    <message>
        <location filename="../../ui/prep/prep_window.py" line="320" />
        <source>my-expose</source>
        <translation>mon-expose</translation>
    </message>
    <message>
        <location filename="../../ui/prep/prep_window.py" line="326" />
        <source>Open a prep file</source>
        <translation>Ouvrir un fichier de préparation</translation>
    </message>
    <message>
        <location filename="../../ui/prep/prep_window.py" line="328" />
        <location filename="../../ui/prep/prep_window.py" line="340" />
        <source>Tour de table preparation (*{ext})</source>
        <translation>Préparation Tour de table (*{ext})</translation>
    </message>
    <message>
        <location filename="../../ui/prep/prep_window.py" line="338" />
        <source>Save the prep file</source>
        <translation>Enregistrer le fichier de préparation</translation>
    </message>
    <message>
        <location filename="../../ui/prep/prep_window.py" line="356" />
        <source>The file could not be written: {reason}</source>
        <translation>Le fichier n’a pas pu être écrit : {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/prep/prep_window.py" line="361" />
        <source>Saved: {path}. Give this file to the facilitator.</source>
        <translation>Enregistré : {path}. Remettez ce fichier à l’animateur·rice.</translation>
    </message>
    <message>
        <location filename="../../ui/prep/prep_window.py" line="366" />
        <source>Save the prep sheet as</source>
        <translation>Enregistrer la fiche de préparation sous</translation>
    </message>
    <message>
        <location filename="../../ui/prep/prep_window.py" line="366" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/prep/prep_window.py" line="383" />
        <source>Saved: {path}</source>
        <translation>Enregistré : {path}</translation>
    </message>
</context>
<context>
    <name>ProjectionWindow</name>
    <message>
        <location filename="../../ui/session/projection.py" line="106" />
        <source>Session clock</source>
        <translation>Horloge de la séance</translation>
    </message>
    <message>
        <location filename="../../ui/session/projection.py" line="107" />
        <source>The step's clock</source>
        <translation>L’horloge de l’étape</translation>
    </message>
    <message>
        <location filename="../../ui/session/projection.py" line="108" />
        <source>The step's time</source>
        <translation>Le temps de l’étape</translation>
    </message>
    <message>
        <location filename="../../ui/session/projection.py" line="109" />
        <source>Who has the floor</source>
        <translation>Qui a la parole</translation>
    </message>
    <message>
        <location filename="../../ui/session/projection.py" line="110" />
        <source>The round</source>
        <translation>Le tour de parole</translation>
    </message>
    <message>
        <location filename="../../ui/session/projection.py" line="119" />
        <source>Tour de table — projection</source>
        <translation>Tour de table — projection</translation>
    </message>
    <message>
        <location filename="../../ui/session/room_view.py" line="45" />
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../ui/session/room_view.py" line="46" />
        <source>Step {n} of {total}</source>
        <translation>Étape {n} sur {total}</translation>
    </message>
    <message>
        <location filename="../../ui/session/room_view.py" line="73" />
        <source>Speaking: {name} · {time}</source>
        <translation>Parole : {name} · {time}</translation>
    </message>
    <message>
        <location filename="../../ui/session/room_view.py" line="79" />
        <source>Silent individual reflection</source>
        <translation>Réflexion individuelle, en silence</translation>
    </message>
    <message>
        <location filename="../../ui/session/room_view.py" line="80" />
        <source>Nobody has the floor</source>
        <translation>Personne n’a la parole</translation>
    </message>
    <message>
        <location filename="../../ui/session/room_view.py" line="89" />
        <source>Round — now: {name} (slot {slot}, {left} left)</source>
        <translation>Tour de table — à : {name} (créneau {slot}, reste {left})</translation>
    </message>
    <message>
        <location filename="../../ui/session/room_view.py" line="93" />
        <source>next: {name}</source>
        <translation>ensuite : {name}</translation>
    </message>
    <message>
        <location filename="../../ui/session/room_view.py" line="98" />
        <source>Round complete</source>
        <translation>Tour de table terminé</translation>
    </message>
    <message>
        <location filename="../../ui/session/room_view.py" line="100" />
        <source>Next to speak: {names}</source>
        <translation>Prochaines paroles : {names}</translation>
    </message>
    <message>
        <location filename="../../ui/session/room_view.py" line="111" />
        <source>Group rules</source>
        <translation>Règles du groupe</translation>
    </message>
    <message>
        <location filename="../../ui/session/room_view.py" line="122" />
        <source>The previous session's actions</source>
        <translation>Les actions de la séance précédente</translation>
    </message>
    <message>
        <location filename="../../ui/session/room_view.py" line="138" />
        <source>Time taken</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <location filename="../../ui/session/room_view.py" line="146" />
        <source>Balance of speaking time: {pct} %</source>
        <translation>Équilibre du temps de parole : {pct} %</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../ui/home/retention_dialog.py" line="46" />
        <source>How long sessions are kept</source>
        <translation>Combien de temps les séances sont gardées</translation>
    </message>
    <message>
        <location filename="../../ui/home/retention_dialog.py" line="50" />
        <source>Offer to delete the groups with no session for</source>
        <translation>Proposer de supprimer les groupes sans séance depuis</translation>
    </message>
    <message>
        <location filename="../../ui/home/retention_dialog.py" line="53" />
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <location filename="../../ui/home/retention_dialog.py" line="54" />
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../ui/home/retention_dialog.py" line="55" />
        <source>Months without a session</source>
        <translation>Mois sans séance</translation>
    </message>
    <message>
        <location filename="../../ui/home/retention_dialog.py" line="65" />
        <source>Groups to delete</source>
        <translation>Groupes à supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/home/retention_dialog.py" line="72" />
        <source>Delete the ticked groups…</source>
        <translation>Supprimer les groupes cochés…</translation>
    </message>
    <message>
        <location filename="../../ui/home/retention_dialog.py" line="94" />
        <source>{group} — last session {day}</source>
        <translation>{group} — dernière séance le {day}</translation>
    </message>
    <message>
        <location filename="../../ui/home/retention_dialog.py" line="101" />
        <source>No rule: nothing is ever offered for deletion.</source>
        <translation>Aucune règle : rien n’est jamais proposé à la suppression.</translation>
    </message>
    <message>
        <location filename="../../ui/home/retention_dialog.py" line="104" />
        <source>{n} groups have had no session for {months} months or more:</source>
        <translation>{n} groupe(s) sans séance depuis {months} mois ou plus :</translation>
    </message>
    <message>
        <location filename="../../ui/home/retention_dialog.py" line="109" />
        <source>No group is that old.</source>
        <translation>Aucun groupe n’est aussi ancien.</translation>
    </message>
    <message>
        <location filename="../../ui/home/retention_dialog.py" line="127" />
        <source>Delete for good?</source>
        <translation>Supprimer définitivement ?</translation>
    </message>
    <message>
        <location filename="../../ui/home/retention_dialog.py" line="128" />
        <source>{groups}: every session, note, calendar and answer of these groups will be deleted from this computer, for good.</source>
        <translation>{groups} : chaque séance, note, calendrier et réponse de ces groupes sera supprimé de cet ordinateur, définitivement.</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../ui/home/server_dialog.py" line="35" />
        <source>Where the sessions are kept</source>
        <translation>Où les séances sont gardées</translation>
    </message>
    <message>
        <location filename="../../ui/home/server_dialog.py" line="38" />
        <source>On this computer (the default)</source>
        <translation>Sur cet ordinateur (par défaut)</translation>
    </message>
    <message>
        <location filename="../../ui/home/server_dialog.py" line="39" />
        <source>On the service's PostgreSQL server</source>
        <translation>Sur le serveur PostgreSQL du service</translation>
    </message>
    <message>
        <location filename="../../ui/home/server_dialog.py" line="45" />
        <source>The server's address</source>
        <translation>L’adresse du serveur</translation>
    </message>
    <message>
        <location filename="../../ui/home/server_dialog.py" line="46" />
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <location filename="../../ui/home/server_dialog.py" line="49" />
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/home/server_dialog.py" line="50" />
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <location filename="../../ui/home/server_dialog.py" line="52" />
        <source>Try the connection</source>
        <translation>Essayer la connexion</translation>
    </message>
    <message>
        <location filename="../../ui/home/server_dialog.py" line="56" />
        <source>The password goes to this computer's keyring, never to a file.</source>
        <translation>Le mot de passe va dans le trousseau de cet ordinateur, jamais dans un fichier.</translation>
    </message>
    <message>
        <location filename="../../ui/home/server_dialog.py" line="80" />
        <source>The server answers: the sessions can be kept there.</source>
        <translation>Le serveur répond : les séances peuvent y être gardées.</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../../ui/session/controller.py" line="208" />
        <source>Another console still drives this session: it must let go first.</source>
        <translation>Une autre console conduit encore cette séance : elle doit d’abord la laisser.</translation>
    </message>
    <message>
        <location filename="../../ui/session/commands.py" line="128" />
        <source>Nobody has raised a hand.</source>
        <translation>Personne n’a levé la main.</translation>
    </message>
    <message>
        <location filename="../../ui/session/commands.py" line="150" />
        <source>That situation could not be chosen.</source>
        <translation>Cette situation n’a pas pu être choisie.</translation>
    </message>
</context>
<context>
    <name>SessionScreens</name>
    <message>
        <location filename="../../ui/session/session_window.py" line="197" />
        <source>No sound on this computer: the app goes on silently, with visual cues.</source>
        <translation>Pas de son sur cet ordinateur : l’application continue en silence, avec des signaux visuels.</translation>
    </message>
</context>
<context>
    <name>SessionsPanel</name>
    <message>
        <location filename="../../ui/group/sessions.py" line="32" />
        <source>The group's sessions</source>
        <translation>Les séances du groupe</translation>
    </message>
    <message>
        <location filename="../../ui/group/sessions.py" line="35" />
        <source>Delete the chosen session…</source>
        <translation>Supprimer la séance choisie…</translation>
    </message>
    <message>
        <location filename="../../ui/group/sessions.py" line="38" />
        <source>Hand the group over (one file)…</source>
        <translation>Transmettre le groupe (un fichier)…</translation>
    </message>
    <message>
        <location filename="../../ui/group/sessions.py" line="41" />
        <source>Delete the whole group…</source>
        <translation>Supprimer tout le groupe…</translation>
    </message>
    <message>
        <location filename="../../ui/group/sessions.py" line="59" />
        <source>Choose a session in the list first.</source>
        <translation>Choisissez d’abord une séance dans la liste.</translation>
    </message>
    <message>
        <location filename="../../ui/group/sessions.py" line="66" />
        <source>“{what}” will be deleted for good: its notes, its turns and its timings. It cannot be brought back.</source>
        <translation>« {what} » sera supprimée définitivement : ses notes, ses prises de parole et ses temps. Elle ne pourra pas être récupérée.</translation>
    </message>
    <message>
        <location filename="../../ui/group/sessions.py" line="77" />
        <source>Hand the group over</source>
        <translation>Transmettre le groupe</translation>
    </message>
    <message>
        <location filename="../../ui/group/sessions.py" line="93" />
        <source>Written: {path}. Give the passphrase separately.</source>
        <translation>Écrit : {path}. Donnez la phrase secrète à part.</translation>
    </message>
    <message>
        <location filename="../../ui/group/sessions.py" line="100" />
        <source>The group “{group}” will be deleted for good: its {n} sessions with all their notes, its members, its cycles and calendar. It cannot be brought back.</source>
        <translation>Le groupe « {group} » sera supprimé définitivement : ses {n} séances avec toutes leurs notes, ses membres, ses cycles et son calendrier. Rien ne pourra être récupéré.</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <location filename="../../ui/labels.py" line="50" />
        <source>Give the group a name or a code.</source>
        <translation>Donnez un nom ou un code au groupe.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53" />
        <source>The group's name is too long (80 characters at most).</source>
        <translation>Le nom du groupe est trop long (80 caractères au plus).</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56" />
        <source>Add the participants, one name per line.</source>
        <translation>Ajoutez les participants, un nom par ligne.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59" />
        <source>Line {n} has no name.</source>
        <translation>La ligne {n} n’a pas de nom.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60" />
        <source>Name {n} is too long (80 characters at most).</source>
        <translation>Le nom {n} est trop long (80 caractères au plus).</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63" />
        <source>“{detail}” appears twice: add an initial to tell them apart.</source>
        <translation>« {detail} » apparaît deux fois : ajoutez une initiale pour les distinguer.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66" />
        <source>Choose the narrator of case {n}.</source>
        <translation>Choisissez le narrateur ou la narratrice du cas {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69" />
        <source>The group needs at least one consultant besides the narrator.</source>
        <translation>Il faut au moins un consultant en plus du narrateur.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72" />
        <source>This method takes at most {detail} cases.</source>
        <translation>Cette méthode prend au plus {detail} cas.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75" />
        <source>This method needs at least {detail} case(s).</source>
        <translation>Cette méthode demande au moins {detail} cas.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78" />
        <source>Give case {n} a short title.</source>
        <translation>Donnez un titre court au cas {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79" />
        <source>The title of case {n} is too long (200 characters at most).</source>
        <translation>Le titre du cas {n} est trop long (200 caractères au plus).</translation>
    </message>
    <message>
        <location filename="../../ui/home/setup_dialog.py" line="457" />
        <source>A new cycle?</source>
        <translation>Un nouveau cycle ?</translation>
    </message>
    <message>
        <location filename="../../ui/home/setup_dialog.py" line="458" />
        <source>The cycle “{title}” has held its {n} sessions. Does this session open a new cycle? (No: it is held outside any cycle.)</source>
        <translation>Le cycle « {title} » a tenu ses {n} séances. Cette séance ouvre-t-elle un nouveau cycle ? (Non : elle se tient hors cycle.)</translation>
    </message>
</context>
<context>
    <name>SizeAdvice</name>
    <message>
        <location filename="../../ui/labels.py" line="215" />
        <source>This method advises a group of {low} to {high} people besides the facilitators; this one has {n}. You may go on.</source>
        <translation>Cette méthode conseille un groupe de {low} à {high} personnes, sans compter l’animation ; celui-ci en compte {n}. Vous pouvez continuer.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../ui/labels.py" line="92" />
        <source>{low} to {high} min</source>
        <translation>{low} à {high} min</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101" />
        <source>Overtime +{time}</source>
        <translation>Dépassement +{time}</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105" />
        <source>Ready: press Space to start</source>
        <translation>Prêt : Espace pour démarrer</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="110" />
        <source>Break — back at {time} ({left})</source>
        <translation>Pause — reprise à {time} ({left})</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="114" />
        <source>Space starts again</source>
        <translation>Espace pour reprendre</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="117" />
        <source>Last {n} minutes</source>
        <translation>Les {n} dernières minutes</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="121" />
        <source>Session ended</source>
        <translation>Séance terminée</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="122" />
        <source>Ready to start</source>
        <translation>Prêt à démarrer</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="123" />
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="124" />
        <source>One minute left</source>
        <translation>Plus qu’une minute</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="125" />
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <location filename="../../ui/session/steps_panel.py" line="33" />
        <location filename="../../ui/session/steps_panel.py" line="38" />
        <source>Steps (planned / actual)</source>
        <translation>Étapes (prévu / réel)</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps_panel.py" line="44" />
        <source>The chosen step one place earlier</source>
        <translation>L’étape choisie une place plus tôt</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps_panel.py" line="46" />
        <source>The chosen step one place later</source>
        <translation>L’étape choisie une place plus tard</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps_panel.py" line="49" />
        <location filename="../../ui/session/steps_panel.py" line="148" />
        <source>Skip</source>
        <translation>Sauter</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps_panel.py" line="49" />
        <source>Skip the chosen step, or put it back</source>
        <translation>Sauter l’étape choisie, ou la remettre</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps_panel.py" line="53" />
        <source>Length…</source>
        <translation>Durée…</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps_panel.py" line="53" />
        <source>Planned length of the chosen step</source>
        <translation>Durée prévue de l’étape choisie</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps_panel.py" line="57" />
        <source>Warning…</source>
        <translation>Alerte…</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps_panel.py" line="57" />
        <source>When the chosen step's last-minute cue starts</source>
        <translation>Quand commence l’alerte de fin de l’étape choisie</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps_panel.py" line="61" />
        <source>Break… (Ctrl+B)</source>
        <translation>Pause… (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps_panel.py" line="61" />
        <source>A break for the group</source>
        <translation>Une pause pour le groupe</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps_panel.py" line="70" />
        <source>Per turn…</source>
        <translation>Par intervention…</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps_panel.py" line="70" />
        <source>A time limit per intervention in the chosen step</source>
        <translation>Une limite de temps par intervention dans l’étape choisie</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps_panel.py" line="113" />
        <source> (case {n})</source>
        <translation> (cas {n})</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps_panel.py" line="118" />
        <source>{low}–{high} min</source>
        <translation>{low}–{high} min</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps_panel.py" line="126" />
        <source>skipped</source>
        <translation>sautée</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps_panel.py" line="128" />
        <source>cue {n} min before</source>
        <translation>alerte {n} min avant</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps_panel.py" line="130" />
        <source>{n} min a turn</source>
        <translation>{n} min par intervention</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps_panel.py" line="148" />
        <source>Put back</source>
        <translation>Remettre</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps_panel.py" line="187" />
        <source>Planned length</source>
        <translation>Durée prévue</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps_panel.py" line="188" />
        <source>Minutes planned for “{step}”:</source>
        <translation>Minutes prévues pour « {step} » :</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps_panel.py" line="202" />
        <source>Last-minute cue</source>
        <translation>Alerte de fin d’étape</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps_panel.py" line="203" />
        <source>Minutes before the end of “{step}” when the cue starts (0: none):</source>
        <translation>Minutes avant la fin de « {step} » où l’alerte commence (0 : aucune) :</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps_panel.py" line="219" />
        <source>Time per intervention</source>
        <translation>Temps par intervention</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps_panel.py" line="220" />
        <source>Minutes each person may speak at a time in “{step}” (0: no limit):</source>
        <translation>Minutes de parole par intervention dans « {step} » (0 : sans limite) :</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps_panel.py" line="233" />
        <source>A break</source>
        <translation>Une pause</translation>
    </message>
    <message>
        <location filename="../../ui/session/steps_panel.py" line="234" />
        <source>Minutes of break:</source>
        <translation>Minutes de pause :</translation>
    </message>
</context>
<context>
    <name>ThirdPartiesDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="59" />
        <source>Names in the bilan</source>
        <translation>Noms dans le bilan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="63" />
        <source>These names are no member's (a user, a colleague, a place…): each one ticked is replaced by “{label}”. Untick a place or an institution.</source>
        <translation>Ces noms ne sont pas ceux des membres (un usager, un collègue, un lieu…) : chaque nom coché est remplacé par « {label} ». Décochez un lieu ou une institution.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="69" />
        <source>These words of the cycles' titles may name someone (a member, a user, a colleague) or a place: each one ticked is replaced by “{label}”. Untick a place or an institution.</source>
        <translation>Ces mots des titres des cycles peuvent nommer quelqu’un (un membre, un usager, un collègue) ou un lieu : chaque mot coché est remplacé par « {label} ». Décochez un lieu ou une institution.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="78" />
        <source>Names to replace</source>
        <translation>Noms à remplacer</translation>
    </message>
</context>
<context>
    <name>TourDeTable</name>
    <message>
        <location filename="../../ui/main.py" line="76" />
        <source>The database could not be read. It was kept, untouched, as {path}; a new one was started.</source>
        <translation>La base de données était illisible. Elle a été conservée telle quelle sous {path} ; une nouvelle base a été créée.</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="121" />
        <source>A protocol file was not loaded: {error}</source>
        <translation>Un fichier de méthode n’a pas été chargé : {error}</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="146" />
        <source>The demo opens in a window of its own; nothing done in it is kept.</source>
        <translation>La démonstration s’ouvre dans une fenêtre à part ; rien de ce qu’on y fait n’est gardé.</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="148" />
        <source>The demo could not be started.</source>
        <translation>La démonstration n’a pas pu être lancée.</translation>
    </message>
    <message>
        <location filename="../../ui/main.py" line="326" />
        <source>Demo: these sessions are kept in a temporary folder, {path}, and will not be found again.</source>
        <translation>Démo : ces séances sont gardées dans un dossier temporaire, {path}, et ne seront pas retrouvées.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/home/home.py" line="372" />
        <location filename="../../ui/home/home.py" line="382" />
        <source>Import a group</source>
        <translation>Importer un groupe</translation>
    </message>
</context>
</TS>