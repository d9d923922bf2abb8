// presets.fr.ts is the French title and caption of every built-in preset (src/model/presets.ts), for a French lecture hall.
//
// Keyed by preset id. Sources stay as published (they are not translated). French typography: decimal comma,
// no-break space (\u00a0) before « : » and inside guillemets, narrow no-break space (\u202f) before « ; ? ! »
// and as the thousands separator; presets.fr.test.ts checks that every id, number and author-year citation survives.
import { presetById } from '../model/presets';

const THYROID_COMMON_FR =
  'Près de vingt ans après la naissance d’un fils, la thyroïde de la mère est lésée à 50 ans (pensez à une thyroïdite ou à un nodule). ' +
  'Les cellules fœtales conservées dans sa niche médullaire sont attirées vers la glande lésée et se différencient selon le tissu qui les entoure\u00a0: ' +
  'des cellules masculines, voire des follicules masculins entiers, ont été retrouvés dans 16 pièces opératoires thyroïdiennes sur 29 et dans aucun des 8 témoins (Srivatsa 2001), ' +
  'et les cellules fœtales présentes dans des organes maternels malades portent les marqueurs de plusieurs lignées (Khosrotehrani 2004). ' +
  'Le rôle de ces cellules sur place reste une question ouverte\u00a0: personne n’a montré chez l’humain si elles aident, si elles nuisent ou si elles se contentent d’observer. ' +
  'Les trois scénarios thyroïdiens ne diffèrent que par le sélecteur d’hypothèse\u00a0: comparez leurs courbes de lésion côte à côte. ';

export const PRESETS_FR: Record<string, { title: string; caption: string }> = {
  'one-son': {
    title: 'Un fils',
    caption:
      'Une première grossesse, un garçon né à terme. Les cellules fœtales traversent le placenta dès le premier trimestre, augmentent tout au long de la grossesse et culminent à l’accouchement\u202f; ' +
      'l’ADN fœtal libre circulant dans le plasma maternel augmente lui aussi (environ 25 équivalents génome par mL en début de grossesse, environ 290 en fin de grossesse) et disparaît dans les heures qui suivent la naissance, avec une demi-vie d’environ 16\u00a0minutes (Lo 1998, 1999). ' +
      'La plupart des cellules fœtales circulantes sont éliminées en quelques mois, mais des cellules progénitrices fœtales s’installent dans la moelle osseuse maternelle, s’y autorenouvellent et continuent de libérer un mince filet de cellules\u00a0: ' +
      'de l’ADN masculin a été retrouvé dans les cellules progénitrices sanguines de femmes jusqu’à 27 ans après la naissance d’un fils (Bianchi 1996). ' +
      'Le fils est le cas d’école, car la recherche du chromosome Y permet de distinguer ses cellules de celles de sa mère.',
  },
  'one-daughter': {
    title: 'Une fille',
    caption:
      'La même grossesse, avec une fille. Les échanges cellulaires sont les mêmes, dans un sens comme dans l’autre, mais la recherche du chromosome Y, l’outil sur lequel reposent la plupart des chiffres obtenus chez l’humain, n’y voit rien\u00a0: ' +
      'les cellules de la fille chez sa mère ne peuvent être repérées qu’avec d’autres marqueurs, comme le HLA ou d’autres différences génétiques entre elles. ' +
      'Les chiffres publiés sur les cellules fœtales concernent donc surtout des fils, et les filles y sont sous-représentées. ' +
      'La fille porte aussi les cellules de sa mère, et ce toute sa vie\u00a0: de l’ADN maternel est retrouvé dans le sang de cordon d’environ un quart des nouveau-nés (Lo 2000), ' +
      'et des cellules maternelles dans le sang d’environ 4 adultes en bonne santé sur 10 (Loubière 2006).',
  },
  'three-children': {
    title: 'Trois enfants',
    caption:
      'Un fils à 26 ans, une fille à 29 ans et un fils à 33 ans. Chaque grossesse laisse chez la mère son propre greffon, représenté par sa propre courbe, ' +
      'et ces greffons partagent la même niche, de capacité limitée, et se la disputent, si bien que chaque grossesse ultérieure laisse aux greffons antérieurs une part plus petite de la niche\u00a0: ils se stabilisent plus bas qu’après une seule grossesse. ' +
      'Chaque enfant reçoit à son tour des cellules maternelles. (Un enfant plus jeune peut aussi recevoir des cellules que sa mère tient d’un aîné ; le modèle ne les suit pas encore.) ' +
      'La persistance à long terme est mesurée chez l’humain\u00a0: on retrouve de l’ADN masculin dans le sang des mères des décennies après la naissance d’un fils (Bianchi 1996\u202f; Evans 1999, jusqu’à 38 ans)\u202f; ' +
      'la compétition entre greffons est, elle, une hypothèse du modèle.',
  },
  'miscarriage-then-birth': {
    title: 'Une fausse couche, puis une naissance',
    caption:
      'Une fausse couche à 10 semaines d’aménorrhée, à 27 ans, puis un fils né à terme à 29 ans. Le trafic commence dès le premier trimestre (l’ADN fœtal devient détectable par PCR entre la 7e et la 16e semaine\u00a0: Ariga 2001), ' +
      'si bien que même une grossesse courte laisse des cellules fœtales derrière elle, et une perte de grossesse peut perturber le placenta et laisser passer plus de cellules que sa seule durée ne le laisserait penser (comparez avec le scénario d’interruption volontaire de grossesse, Bianchi 2001). ' +
      'Une femme peut donc porter les cellules d’une grossesse que personne n’a comptée\u202f; dans une étude, un tel greffon peut être pris pour celui d’un enfant né plus tard.',
  },
  'elective-termination': {
    title: 'Interruption volontaire de grossesse',
    caption:
      'Une interruption volontaire de grossesse à 11 semaines d’aménorrhée, pour un fœtus masculin, à 24 ans. Les interventions qui perturbent le placenta font passer d’un coup de nombreuses cellules fœtales chez la mère\u00a0: ' +
      'après l’interruption, les femmes qui portaient un garçon présentaient en médiane environ 1\u202f550 équivalents génome masculins pour 16\u00a0mL de sang, bien au-delà des niveaux observés à terme, et d’autant plus que l’interruption était tardive (Bianchi 2001). ' +
      'Une dose importante et précoce peut ensemencer la niche maternelle tout comme le fait une naissance.',
  },
  preeclampsia: {
    title: 'Prééclampsie',
    caption:
      'Une première grossesse (un garçon), compliquée d’une prééclampsie, avec accouchement par césarienne à 36 semaines d’aménorrhée. ' +
      'Dans la prééclampsie, le placenta est en souffrance et laisse passer davantage de matériel fœtal\u00a0: l’ADN fœtal dans le sérum maternel était environ cinq fois plus élevé que dans des grossesses témoins appariées (381 contre 76 équivalents génome par mL\u202f; Lo 1999), ' +
      'et les cellules fœtales dans le sang maternel étaient elles aussi augmentées (Holzgreve 1998). Comparez les courbes avec celles du scénario «\u00a0Un fils\u00a0». ' +
      'Le fichier des données de référence ne contient aucune ligne de calibration pour la prééclampsie\u00a0; l’ampleur de l’effet dans le modèle est donc une hypothèse documentée.',
  },
  'trisomy-21': {
    title: 'Trisomie 21',
    caption:
      'Un garçon atteint de trisomie 21 (syndrome de Down), né à terme d’une mère de 38 ans. L’aneuploïdie fœtale augmente le trafic\u00a0: ' +
      'les femmes portant un fœtus masculin atteint de trisomie 21 avaient en moyenne environ six fois plus d’ADN masculin dans le sang (110 contre 19 équivalents génome pour 16\u00a0mL\u202f; Bianchi 1997). ' +
      'Des modifications placentaires en seraient en partie responsables. Comparez avec le scénario «\u00a0Un fils\u00a0».',
  },
  'hla-compatible-son-ssc': {
    title: 'Fils HLA compatible, puis sclérodermie systémique',
    caption:
      'Un fils dont le HLA hérité (de son père) se trouve être compatible avec celui de sa mère, né quand elle a 25 ans\u202f; à 41 ans, elle développe une sclérodermie systémique avec atteinte cutanée, puis, à 44 ans, une atteinte pulmonaire. ' +
      'Un greffon compatible est plus difficile à reconnaître pour le système immunitaire maternel\u00a0: il est moins éliminé et persiste davantage. ' +
      'Les enfants HLA compatibles sont le facteur de risque classique de la maladie, et les femmes atteintes avaient bien plus d’ADN masculin dans le sang que les mères en bonne santé ayant eu un fils (11,1 contre 0,38 équivalents génome pour 16\u00a0mL, le dernier fils étant né en moyenne 15 à 18 ans plus tôt\u202f; Nelson 1998), ' +
      'plus souvent et pendant des décennies (Evans 1999). Ces cellules causent-elles la maladie, comme dans une réaction du greffon contre l’hôte, ou viennent-elles la réparer\u202f? La question n’est pas tranchée\u00a0: essayez le sélecteur d’hypothèse. ' +
      'Comparez avec le scénario du fils témoin, sans maladie.',
  },
  'healthy-control-son': {
    title: 'Témoin sain\u00a0: un fils, sans maladie',
    caption:
      'Le témoin du scénario de sclérodermie systémique\u00a0: le même fils à 25 ans, mais sans compatibilité HLA, et sans maladie. ' +
      'Elle correspond aux mères en bonne santé ayant eu un fils dans l’étude de Nelson 1998\u00a0: 0,38 équivalent génome masculin pour 16\u00a0mL de sang en moyenne, contre 11,1 chez les femmes atteintes de sclérodermie systémique, ' +
      'et un tiers des mères en bonne santé ayant eu un fils ont un test positif dans les cellules sanguines, des cellules étant retrouvées jusqu’à 38 ans après la naissance (Evans 1999). ' +
      'Placez les deux scénarios côte à côte pour voir quelle part de la différence s’explique, dans le modèle, par la seule compatibilité.',
  },
  'thyroid-injury-neutral': {
    title: 'Lésion thyroïdienne à 50 ans — les cellules fœtales, simples spectatrices',
    caption:
      THYROID_COMMON_FR +
      'Ici, l’hypothèse est neutre\u00a0: les cellules fœtales migrent vers la glande lésée et s’y installent, mais la lésion guérit à son propre rythme.',
  },
  'thyroid-injury-repair': {
    title: 'Lésion thyroïdienne à 50 ans — les cellules fœtales aident à la réparation',
    caption:
      THYROID_COMMON_FR +
      'Ici, l’hypothèse est celle de la réparation\u00a0: les cellules fœtales présentes dans la glande accélèrent sa guérison, comme le suggèrent des études chez la souris pour le cœur et la peau, où des cellules fœtales deviennent du muscle cardiaque et des vaisseaux sanguins (Kara 2012\u202f; Nassar 2012). ' +
      'Des résultats obtenus chez la souris ne valent pas preuve chez l’humain.',
  },
  'thyroid-injury-pathogenic': {
    title: 'Lésion thyroïdienne à 50 ans — les cellules fœtales aggravent les lésions',
    caption:
      THYROID_COMMON_FR +
      'Ici, l’hypothèse est pathogène\u00a0: les cellules fœtales aggravent les lésions, comme cela a été proposé pour les maladies thyroïdiennes auto-immunes et pour la sclérodermie systémique, où des cellules étrangères pourraient déclencher ou entretenir une attaque immunitaire. ' +
      'Trouver davantage de cellules fœtales dans les glandes malades va dans le sens de cette idée, mais cadre tout aussi bien avec des cellules venues réparer.',
  },
  'juvenile-myopathy': {
    title: 'Cellules maternelles chez un enfant atteint de myopathie inflammatoire juvénile',
    caption:
      'Le transfert en sens inverse\u00a0: un fils, né quand sa mère a 30 ans, porte des cellules de celle-ci, et à 7 ans il développe une dermatomyosite juvénile, maladie inflammatoire du muscle et de la peau. ' +
      'C’est l’exception que signale la revue pour les myopathies inflammatoires idiopathiques juvéniles (Parant 2009)\u00a0: des cellules maternelles ont été retrouvées dans les lymphocytes T sanguins de 8 garçons atteints sur 9, contre 2 témoins sur 9, et dans le muscle ou la peau inflammatoires de la totalité des 10 patients examinés (Artlett 2000\u202f; voir aussi Reed 2000), ' +
      'et des lymphocytes T maternels provenant d’enfants atteints réagissent contre les propres cellules de l’enfant (Reed 2004). ' +
      'Les acteurs seraient ici des cellules immunitaires maternelles transférées, représentées par leur propre courbe chez l’enfant\u00a0: sous l’hypothèse pathogène, environ les trois quarts du dommage supplémentaire viennent d’elles et un quart des cellules maternelles installées dans le muscle (mettez «\u00a0Dommage maximal des cellules immunitaires maternelles\u00a0» à 0 pour voir la maladie sans elles). ' +
      'Le scénario retient l’hypothèse pathogène, celle vers laquelle pointent ces résultats\u202f; il n’est toujours pas démontré que ces cellules causent la maladie.',
  },
  'tumour-stroma': {
    title: 'Tumeur du sein des années après une grossesse',
    caption:
      'Un fils à 28 ans, puis une tumeur du sein à 34 ans. Une tumeur en croissance se construit un tissu de soutien (le stroma), fait de vaisseaux sanguins et de cellules conjonctives, et recrute des cellules pour le bâtir. ' +
      'Des cellules fœtales ont été retrouvées dans 9 cancers du sein sur 10 survenus pendant la grossesse et dans aucune des 4 lésions bénignes, surtout dans le stroma et surtout sous forme de cellules du tissu conjonctif (mésenchymateuses), certaines sous forme de cellules épithéliales ou vasculaires (Dubernard 2008), ' +
      'et la revue range le stroma des tumeurs associées à la grossesse parmi les sites où se rendent les cellules fœtales (Parant 2009). ' +
      'On ignore si des cellules conservées dans la niche pendant des années sont recrutées de la même manière, et si elles nourrissent la tumeur ou la combattent.',
  },
};

/** The title and caption of a preset in the reader's language; English if the id has no French text (the tests forbid that). */
export function presetText(id: string, lang: 'en' | 'fr'): { title: string; caption: string } {
  const preset = presetById(id);
  const english = { title: preset?.title ?? id, caption: preset?.caption ?? '' };
  if (lang === 'en') return english;
  return PRESETS_FR[id] ?? english;
}
