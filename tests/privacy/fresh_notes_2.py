"""A second set of notes written after the first names' list, the dictionary's
places and the word rules (stop 37), before they were measured on it: other
people, other places, other shapes. As tests/privacy/fresh_notes.py, each line
says which words are a third party's name and which capitalised words are
no one's. Its figures are what the rules do on text they were not written for.
"""

from __future__ import annotations

from tests.privacy.fresh_notes import Line

FRESH_2 = [
    Line("Florian a refusé l’hébergement proposé par le SIAO.", ("Florian",), ("SIAO",)),
    Line("La Maison de l’adolescent reçoit Léo mardi.", ("Léo",), ("Maison",)),
    Line("Mme Tran souhaite changer de référente.", ("Tran",)),
    Line("Ousmane Diallo vient d’obtenir son titre de séjour.", ("Ousmane", "Diallo")),
    Line("Réunion au Relais petite enfance de Pantin.", (), ("Relais", "Pantin")),
    Line("Le collège Jean-Moulin signale des absences répétées.", ()),
    Line("Fabienne (éducatrice de rue) connaît bien la famille.", ("Fabienne",)),
    Line("vu avec marine et son compagnon hier soir", ()),
    Line("Appel de l’Espace départemental des solidarités d’Aubervilliers.", (), ("Espace",)),
    Line("M. Kowalczyk a perdu son logement en juillet.", ("Kowalczyk",)),
    Line("Gaëlle Le Du (psychologue du CMP) propose un suivi.", ("Gaëlle", "Le Du"), ("CMP",)),
    Line("Le Point accueil écoute jeunes a fermé en août.", (), ("Point",)),
    Line("lucas ne répond plus depuis la rentrée", ("lucas",)),
    Line("Voir avec Bertrand, du service logement, pour la suite.", ("Bertrand",)),
    Line("Sa mère, Mme Ferreira, travaille de nuit.", ("Ferreira",)),
    Line("Le dossier Dalo est passé en commission.", (), ("Dalo",)),
    Line("ROMAIN GUILLOT a quitté le foyer sans prévenir.", ("ROMAIN", "GUILLOT")),
    Line("Nadia et Sofiane, les deux aînés, sont à l’internat.", ("Nadia", "Sofiane")),
    Line("Orientation vers Emmaüs Connect pour un téléphone.", (), ("Emmaüs", "Connect")),
    Line("Le Dr Benhamou a prolongé l’arrêt de travail.", ("Benhamou",)),
    Line("Un rendez-vous à la Cimade de Montpellier est fixé.", (), ("Cimade", "Montpellier")),
    Line("Mathis (9 ans) est suivi en orthophonie.", ("Mathis",)),
    Line("Travail sur le Projet personnalisé avec l’équipe.", (), ("Projet",)),
    Line("Mme D. Moreau n’a pas donné suite.", ("D.", "Moreau")),
    Line("Le Secours catholique aide pour les courses.", (), ("Secours",)),
    Line("Pascale, la voisine, garde les enfants le mercredi.", ("Pascale",)),
    Line("La Plateforme de répit accueille les aidants.", (), ("Plateforme",)),
    Line("Julien Marchetti, agent d’accueil, a été menacé.", ("Julien", "Marchetti")),
    Line("Une réunion est prévue à Sevran avec le Département.", (), ("Sevran", "Département")),
    Line("« Je veux juste que ça s’arrête », dit Mme Lopes.", ("Lopes",)),
    Line("Contact avec l’Udaf pour la mesure de curatelle.", (), ("Udaf",)),
    Line("Kenza a repris ses cours au lycée Voltaire.", ("Kenza",), ()),
    Line("Rappeler Mme Nowak au sujet du signalement.", ("Nowak",)),
    Line("Le Foyer de jeunes travailleurs a une place en mars.", (), ("Foyer",)),
    Line("Thibault a été orienté vers une Prépa apprentissage.", ("Thibault",), ("Prépa",)),
    Line("Mme Guerrero et son fils Enzo vivent chez une tante.", ("Guerrero", "Enzo")),
    Line("Le Centre communal d’action sociale a refusé l’aide.", (), ("Centre",)),
    Line("Bilan avec Hélène Lacombe, cheffe de service.", ("Hélène", "Lacombe")),
    Line("L’équipe mobile psychiatrie précarité passera jeudi.", ()),
    Line("ibrahim a dormi dehors deux nuits", ("ibrahim",)),
]
