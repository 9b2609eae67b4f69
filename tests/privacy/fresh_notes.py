"""Notes written after the rules, in other shapes than the generated corpus's
(tests/privacy/name_corpus.py): other people, other places, other sentences,
as a public-sector group writes them. Each line says which words are a third
party's name (to be suggested) and which capitalised words are no one's (never
to be suggested). Used by benchmarks/names.py --fresh and benchmarks/ner.py to
measure what the rules find on text they were not written for.
"""

from __future__ import annotations

from typing import NamedTuple


class Line(NamedTuple):
    text: str
    names: tuple[str, ...]  # third parties' words, as written
    ordinary: tuple[str, ...] = ()  # capitalised words that name no one


FRESH = [
    Line("Mme Aubert, de la CPAM, rappellera jeudi.", ("Aubert",), ("CPAM",)),
    Line("Voir avec Laurent Mercier pour le relogement.", ("Laurent", "Mercier")),
    Line("Rendez-vous à Nanterre avec l’assistante sociale.", (), ("Nanterre",)),
    Line("Sandrine a appelé deux fois, sans réponse du bailleur.", ("Sandrine",)),
    Line("Le jeune (Yanis) n’est pas revenu depuis octobre.", ("Yanis",)),
    Line("M. Petit refuse l’accompagnement proposé.", ("Petit",)),
    Line("Mme Boulanger attend la décision de la MDPH.", ("Boulanger",), ("MDPH",)),
    Line("Orientation vers les Restos du Cœur en attendant.", (), ("Restos", "Cœur")),
    Line("Sa fille, Inès, est suivie par l’ASE.", ("Inès",), ("ASE",)),
    Line("Le CHU de Rennes a transmis le compte rendu.", (), ("CHU", "Rennes")),
    Line("Appeler Gérard ou sa femme avant vendredi.", ("Gérard",)),
    Line("« Je n’en peux plus », a dit Mme Lambert-Faure.", ("Lambert-Faure",)),
    Line("La famille vit à Clichy-sous-Bois depuis 2019.", (), ("Clichy-sous-Bois",)),
    Line("Le signalement de M. D. est parti au parquet.", ("D.",)),
    Line("yasmine ne vient plus aux ateliers du mardi.", ("yasmine",)),
    Line("Réunion avec la Protection judiciaire de la jeunesse.", (), ("Protection",)),
    Line("Le dossier de Mme Nguyen est complet.", ("Nguyen",)),
    Line(
        "Hugo et Léna, ses enfants, sont scolarisés à Montreuil.", ("Hugo", "Léna"), ("Montreuil",)
    ),
    Line("Contact pris avec Pôle Santé Travail.", (), ("Pôle", "Santé", "Travail")),
    Line("M. et Mme Roche demandent un rendez-vous commun.", ("Roche",)),
    Line("Le père, Didier, a perdu son emploi en mars.", ("Didier",)),
    Line("Un courrier part à la préfecture de Créteil.", (), ("Créteil",)),
    Line("Karima Haddad sera reçue par le juge des enfants.", ("Karima", "Haddad")),
    Line("Accompagnée par l’Armée du Salut depuis l’hiver.", (), ("Armée", "Salut")),
    Line("Le voisin (M. Lefort) a prévenu les pompiers.", ("Lefort",)),
    Line(
        "Orienter vers la Mission locale de Villeneuve-Saint-Georges.",
        (),
        ("Mission", "Villeneuve-Saint-Georges"),
    ),
    Line("JÉRÔME MARCHAND ne répond plus au téléphone.", ("JÉRÔME", "MARCHAND")),
    Line("Pour Noël, le Secours populaire a prévu des colis.", (), ("Noël", "Secours")),
    Line("Mme Da Silva parle peu le français.", ("Da Silva",)),
    Line("Voir Mélanie (éducatrice) avant la synthèse.", ("Mélanie",)),
    Line("Le Samu social a hébergé la famille deux nuits.", (), ("Samu",)),
    Line("Thomas, le référent RSA, passera lundi.", ("Thomas",), ("RSA",)),
    Line("Le juge Martineau a renouvelé la mesure.", ("Martineau",)),
    Line("Départ prévu en Bretagne chez la grand-mère.", (), ("Bretagne",)),
    Line("Mme Benoît et son fils Adam sont hébergés au CHRS.", ("Benoît", "Adam"), ("CHRS",)),
    Line("Le Défenseur des droits a été saisi.", (), ("Défenseur",)),
    Line("Relancer madame garcia pour les justificatifs.", ("garcia",)),
    Line("Le médecin, Dr Fabre, demande un bilan.", ("Fabre",)),
    Line("Rencontre à la Maison de la justice et du droit.", (), ("Maison",)),
    Line("A.-M. Girard (la tante) accepte l’accueil.", ("A.-M.", "Girard")),
]
