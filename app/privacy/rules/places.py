"""Places a French public-sector note names, that are nobody's name: the regions,
the departments, their prefectures and the largest towns, and the towns of the
Paris area where the social sector works most. A capitalised word among them is
not suggested as a third party (after a civility it still is: "Mme Paris").

Folded (see :func:`app.privacy.rules.anonymize.fold`), hyphenated as written.
Places that are also common first names ("Nancy", "Florence", "Lourdes",
"Valence", "Laval"...) are left out on purpose: a person so named must be
suggested, and the facilitator unticks the town.
"""

from __future__ import annotations

from app.paths import resource_path
from app.privacy.rules.anonymize import fold

REGIONS = {
    "auvergne-rhone-alpes", "bourgogne-franche-comte", "bretagne", "centre-val de loire",
    "corse", "grand est", "hauts-de-france", "ile-de-france", "normandie",
    "nouvelle-aquitaine", "occitanie", "pays de la loire", "provence-alpes-cote d'azur",
    "guadeloupe", "martinique", "guyane", "reunion", "mayotte", "alsace", "lorraine",
    "picardie", "aquitaine", "limousin", "auvergne", "bourgogne", "champagne", "provence",
}  # fmt: skip
DEPARTMENTS = {
    "ain", "aisne", "allier", "alpes-de-haute-provence", "hautes-alpes", "alpes-maritimes",
    "ardeche", "ardennes", "ariege", "aube", "aude", "aveyron", "bouches-du-rhone",
    "calvados", "cantal", "charente", "charente-maritime", "cher", "correze", "corse-du-sud",
    "haute-corse", "cote-d'or", "cotes-d'armor", "creuse", "dordogne", "doubs", "drome",
    "eure", "eure-et-loir", "finistere", "gard", "haute-garonne", "gers", "gironde",
    "herault", "ille-et-vilaine", "indre", "indre-et-loire", "isere", "jura", "landes",
    "loir-et-cher", "loire", "haute-loire", "loire-atlantique", "loiret", "lot",
    "lot-et-garonne", "lozere", "maine-et-loire", "manche", "marne", "haute-marne",
    "mayenne", "meurthe-et-moselle", "meuse", "morbihan", "moselle", "nievre", "nord",
    "oise", "orne", "pas-de-calais", "puy-de-dome", "pyrenees-atlantiques",
    "hautes-pyrenees", "pyrenees-orientales", "bas-rhin", "haut-rhin", "rhone",
    "haute-saone", "saone-et-loire", "sarthe", "savoie", "haute-savoie", "seine-maritime",
    "seine-et-marne", "yvelines", "deux-sevres", "somme", "tarn", "tarn-et-garonne", "var",
    "vaucluse", "vendee", "vienne", "haute-vienne", "vosges", "yonne",
    "territoire de belfort", "essonne", "hauts-de-seine", "seine-saint-denis",
    "val-de-marne", "val-d'oise",
}  # fmt: skip
TOWNS = {
    # prefectures and the largest towns
    "paris", "marseille", "lyon", "toulouse", "nice", "nantes", "montpellier", "strasbourg",
    "bordeaux", "lille", "rennes", "reims", "toulon", "grenoble", "dijon", "angers",
    "nimes", "villeurbanne", "clermont-ferrand", "aix-en-provence", "brest", "tours",
    "amiens", "limoges", "annecy", "perpignan", "besancon", "metz", "orleans", "rouen",
    "mulhouse", "caen", "argenteuil", "roubaix", "tourcoing", "avignon", "poitiers",
    "pau", "calais", "dunkerque", "la rochelle", "cannes", "antibes", "ajaccio", "bastia",
    "bourges", "chartres", "colmar", "troyes", "lorient", "quimper", "vannes",
    "saint-brieuc", "saint-etienne", "saint-nazaire", "saint-malo", "le havre", "le mans",
    "chambery", "beauvais", "arras", "niort", "la roche-sur-yon", "cherbourg", "evreux",
    "blois", "chateauroux", "auxerre", "nevers", "macon", "bobigny", "creteil", "nanterre",
    "versailles", "evry", "cergy", "pontoise", "melun", "montauban", "agen", "albi",
    "rodez", "cahors", "tarbes", "bayonne", "biarritz", "perigueux", "angouleme",
    "mont-de-marsan", "carcassonne", "beziers", "narbonne", "ales",
    "montelimar", "gap", "digne-les-bains", "privas", "aurillac", "le puy-en-velay",
    "moulins", "vichy", "gueret", "tulle", "brive-la-gaillarde", "foix", "auch", "mende",
    "epinal", "bar-le-duc", "charleville-mezieres", "chalons-en-champagne", "chaumont",
    "vesoul", "belfort", "lons-le-saunier", "bourg-en-bresse", "saint-lo", "alencon",
    "laon", "saint-quentin", "soissons", "compiegne", "fort-de-france", "pointe-a-pitre",
    "basse-terre", "cayenne", "saint-denis", "saint-pierre", "mamoudzou",
    # the Paris area's towns
    "montreuil", "aubervilliers", "saint-ouen", "pantin", "bondy", "aulnay-sous-bois",
    "sevran", "drancy", "la courneuve", "stains", "epinay-sur-seine", "noisy-le-grand",
    "noisy-le-sec", "rosny-sous-bois", "clichy-sous-bois", "montfermeil", "bagnolet",
    "les lilas", "romainville", "villepinte", "tremblay-en-france", "le blanc-mesnil",
    "gennevilliers", "colombes", "asnieres-sur-seine", "boulogne-billancourt", "clichy",
    "courbevoie", "rueil-malmaison", "issy-les-moulineaux", "levallois-perret",
    "vitry-sur-seine", "ivry-sur-seine", "champigny-sur-marne", "vincennes",
    "saint-maur-des-fosses", "villejuif", "maisons-alfort", "sarcelles", "garges-les-gonesse",
    "mantes-la-jolie", "trappes", "poissy", "corbeil-essonnes", "grigny", "massy",
    "meaux", "chelles", "torcy", "marne-la-vallee",
    # abroad, as notes name it
    "france", "belgique", "suisse", "espagne", "italie", "allemagne", "algerie", "maroc",
    "tunisie", "senegal", "mali", "europe", "afrique",
}  # fmt: skip


def _dictionary_places() -> set[str]:
    """The French dictionary's places and organisations ("Landerneau", "Sodexo",
    "Villeneuve-Saint-Georges"; resources/names/places.txt, built by
    packaging/name_lists.py), none of them a first name or a surname there."""
    text = resource_path("names", "places.txt").read_text(encoding="utf-8")
    return {fold(line) for line in text.splitlines() if line}


PLACES = frozenset(REGIONS | DEPARTMENTS | TOWNS | _dictionary_places())
