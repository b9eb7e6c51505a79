/**
 * The privacy policy (issue 15), in French and English: shown by the extension's own page (entrypoints/privacy/,
 * `privacy.html`, linked from the welcome page and the settings) and rendered into docs/PRIVACY.md by
 * tests/unit/privacy-doc.test.ts, so the page and the document cannot say different things.
 *
 * Kept out of the locale files on purpose: it is long, and only this page needs it.
 * Every statement must match the code: what is stored (lib/events.ts, lib/db.ts, lib/settings.ts,
 * lib/recorder-store.ts), that nothing is sent (README "Privacy", tests/e2e/privacy.e2e.ts), the permissions
 * (wxt.config.ts, README "Permissions").
 */
import type { Lang } from './i18n';

export interface PolicySection {
  id: string;
  title: string;
  /** Paragraphs before the list. */
  text?: string[];
  items?: string[];
  /** Paragraphs after the list. */
  after?: string[];
}

export interface Policy {
  title: string;
  /** Date of this version of the policy (ISO), shown as "Last updated". */
  updated: string;
  /** "Last updated:", with its punctuation. */
  updatedLabel: string;
  summary: string;
  /** Name of the list of sections. */
  contents: string;
  sections: PolicySection[];
}

export const POLICY_UPDATED = '2026-11-30';

const en: Policy = {
  title: 'Privacy policy',
  updated: POLICY_UPDATED,
  updatedLabel: 'Last updated:',
  contents: 'Contents',
  summary:
    'Travail du clic counts your own gestures on the sites you visit (likes, shares, comments, follows, posts scrolled past, searches, CAPTCHAs solved, AI answers rated) to show you how much unpaid digital labor they add up to. Everything it records stays on this computer, in this browser. It sends nothing to anyone: it has no server and makes no network request.',
  sections: [
    {
      id: 'purpose',
      title: 'Single purpose',
      text: [
        'The extension has one purpose: to show you, and only you, the unpaid work your clicks do for platforms and AI systems, as the sociologist Antonio A. Casilli describes it. It shows no ads, collects nothing for anyone else and changes nothing on the pages you visit.',
      ],
    },
    {
      id: 'consent',
      title: 'Nothing before you agree',
      text: [
        'On installation a welcome page says what is counted. Nothing is recorded until you press “Start counting” there, and then only in the categories you leave ticked (social platforms, CAPTCHAs, AI assistants, search engines, ratings). A category added by an update starts unticked. You can change these choices at any time in the settings.',
        'Private windows are not counted, unless you allow the extension in private windows in your browser’s extension settings.',
      ],
    },
    {
      id: 'stored',
      title: 'What is stored',
      text: ['For each gesture counted, one record with only:'],
      items: [
        'the kind of gesture (reaction, share, comment, follow, save, rating, post, search, post seen, report, CAPTCHA, AI answer rated, search result opened);',
        'the platform (for example x, youtube, recaptcha, chatgpt, google);',
        'the name of the site of the tab (its hostname, such as x.com), taken by the extension from the browser, never from the page;',
        'the time and the local day;',
        'for timed gestures, the seconds measured (time to solve a CAPTCHA, time spent in a feed);',
        'for CAPTCHAs, the number of image rounds and the kind of object you were asked to pick, as a fixed word from a short list (crosswalk, traffic light…), never the text of the prompt; whether it was a passive scoring;',
        'a random identifier, so the same gesture is never stored twice.',
      ],
      after: [
        'Besides these records: totals per day, kind and platform (to show a year without reading every record), and a copy of the recent ones (today, this week, the last 14 days) that the toolbar popup shows at once; per day, site and detector, how many pages a detector ran on, how many items and buttons it recognised and how many pages looked different from what it knows (the detection health table); the gestures made on the practice page, in a table of their own; your settings (counting on or off, categories, paused sites, retention, wage reference, language, weekly reminder); and two counters of messages the extension refused and of a storage error. While the browser is open, it also keeps for each open tab the site’s name, which detectors run there and what they counted in that tab; this is erased when the browser closes.',
      ],
    },
    {
      id: 'never',
      title: 'What is never stored',
      items: [
        'the text of pages, posts, comments or messages, and anything you type;',
        'your searches, your prompts to AI assistants and their answers;',
        'the address of a page beyond the site’s name (no path, no query, no fragment), page titles, the addresses of results you open;',
        'user names, account identifiers, who you follow or talk to, passwords, cookies, screenshots;',
        'a list of the pages you visit: a site’s name is stored only with a gesture counted there, or in the daily health table for a site where one of the extension’s detectors ran.',
      ],
    },
    {
      id: 'where',
      title: 'Where it is kept',
      text: [
        'Only on this computer, in this browser profile: in the extension’s own database (IndexedDB) and storage, which web pages cannot read. It is not synchronised with an account. The extension makes no network request of any kind (no analytics, no remote configuration, no update check of its own); its pages are forbidden by their security policy to connect anywhere, and automated tests check both.',
      ],
    },
    {
      id: 'how-long',
      title: 'How long',
      text: [
        'Until you delete it. In the settings you can keep only the last N weeks: older data is deleted as soon as you change it, then every day. Uninstalling the extension deletes everything it stored.',
      ],
    },
    {
      id: 'control',
      title: 'Your control: pause and delete',
      items: [
        'Pause a site or everything, from the toolbar popup or the settings: nothing is recorded while paused.',
        'Untick a category in the settings: nothing of that category is recorded any more.',
        'Delete everything from the settings: every record, total and health row, and the practice gestures.',
        'Clear the practice page’s gestures in one click on that page.',
      ],
    },
    {
      id: 'files',
      title: 'Backups and other files you save',
      text: [
        'Some buttons save a file on your computer, only when you press them, where your browser puts downloads. From then on the file is yours; the extension never sends it anywhere.',
      ],
      items: [
        'A backup (settings): every record described above, with its identifier, and your settings. It lets you restore your data or merge it into another browser or computer. It contains the names of the sites where you made gestures and when: keep it like any private file.',
        'The report’s exports (JSON, CSV, Markdown, print): the records of the weeks you choose.',
        'The anonymised hand-in for a class: totals per day, kind and platform and CAPTCHA labels, without sites, hostnames or individual records. The class view reads such files on the teacher’s computer and stores nothing.',
        'A diagnostics file (popup, to report a site that changed): the extension and browser versions, the detectors that ran in the tab and how often each of their selectors matched; no page text, no page address, no user name.',
      ],
    },
    {
      id: 'permissions',
      title: 'Permissions',
      items: [
        'Access to all sites: gestures happen on any site and CAPTCHAs run in frames of other sites. On an ordinary page the extension only checks the site’s name and a few page elements, and stays idle.',
        'Storage: your settings and the status of open tabs.',
        'Alarms and notifications: only for the weekly reminder, off by default and asked for when you turn it on (Firefox grants alarms without asking). The notification is local.',
      ],
    },
    {
      id: 'sharing',
      title: 'Sharing and use',
      text: [
        'No one receives your data: not the authors of the extension, not the platforms, not advertisers. It is not sold, not used for advertising or to decide on credit, and not used for any purpose other than showing you your own digital labor. The practices described here follow the Chrome Web Store User Data Policy, including its Limited Use requirements.',
      ],
    },
    {
      id: 'changes',
      title: 'Changes to this policy',
      text: [
        'This policy ships with the extension and changes only with a new version of it; the date above says which version you read. If a new version counted a new category, that category would start off until you turn it on.',
      ],
    },
  ],
};

const fr: Policy = {
  title: 'Politique de confidentialité',
  updated: POLICY_UPDATED,
  updatedLabel: 'Dernière mise à jour :',
  contents: 'Sommaire',
  summary:
    'Travail du clic compte vos propres gestes sur les sites que vous visitez (mentions « j’aime », partages, commentaires, abonnements, publications vues en faisant défiler, recherches, CAPTCHA résolus, réponses d’IA notées) pour vous montrer combien de travail gratuit du clic ils représentent. Tout ce qu’il enregistre reste sur cet ordinateur, dans ce navigateur. Il n’envoie rien à personne : il n’a pas de serveur et ne fait aucune requête réseau.',
  sections: [
    {
      id: 'purpose',
      title: 'Un seul objectif',
      text: [
        'L’extension n’a qu’un objectif : vous montrer, à vous seul, le travail gratuit que vos clics font pour les plateformes et les systèmes d’« IA », tel que le décrit le sociologue Antonio A. Casilli. Elle n’affiche aucune publicité, ne collecte rien pour personne d’autre et ne modifie rien sur les pages que vous visitez.',
      ],
    },
    {
      id: 'consent',
      title: 'Rien avant votre accord',
      text: [
        'À l’installation, une page d’accueil dit ce qui est compté. Rien n’est enregistré tant que vous n’y avez pas appuyé sur « Commencer à compter », et ensuite seulement dans les catégories que vous laissez cochées (réseaux sociaux, CAPTCHA, assistants d’IA, moteurs de recherche, notes). Une catégorie ajoutée par une mise à jour commence décochée. Vous pouvez changer ces choix à tout moment dans les réglages.',
        'Les fenêtres de navigation privée ne sont pas comptées, sauf si vous autorisez l’extension en navigation privée dans les réglages d’extensions de votre navigateur.',
      ],
    },
    {
      id: 'stored',
      title: 'Ce qui est enregistré',
      text: ['Pour chaque geste compté, un enregistrement avec seulement :'],
      items: [
        'la sorte de geste (réaction, partage, commentaire, abonnement, enregistrement, note, publication, recherche, publication vue, signalement, CAPTCHA, réponse d’IA notée, résultat de recherche ouvert) ;',
        'la plateforme (par exemple x, youtube, recaptcha, chatgpt, google) ;',
        'le nom du site de l’onglet (son nom d’hôte, comme x.com), que l’extension prend au navigateur, jamais à la page ;',
        'l’heure et le jour local ;',
        'pour les gestes chronométrés, les secondes mesurées (temps pour résoudre un CAPTCHA, temps passé dans un fil) ;',
        'pour les CAPTCHA, le nombre de séries d’images et la sorte d’objet qu’on vous demandait de repérer, sous forme d’un mot fixe pris dans une courte liste (passage piéton, feu de circulation…), jamais le texte de la consigne ; s’il s’agissait d’une évaluation passive ;',
        'un identifiant aléatoire, pour qu’un même geste ne soit jamais enregistré deux fois.',
      ],
      after: [
        'En plus de ces enregistrements : des totaux par jour, sorte de geste et plateforme (pour montrer une année sans relire chaque enregistrement), et une copie des plus récents (aujourd’hui, cette semaine, les 14 derniers jours) que la fenêtre de l’icône affiche aussitôt ; par jour, site et détecteur, sur combien de pages un détecteur a tourné, combien d’éléments et de boutons il a reconnus et combien de pages semblaient différentes de ce qu’il connaît (le tableau de santé de la détection) ; les gestes faits sur la page d’entraînement, dans une table à part ; vos réglages (comptage activé ou non, catégories, sites en pause, durée de conservation, salaire de référence, langue, rappel hebdomadaire) ; et deux compteurs, des messages que l’extension a refusés et d’une erreur d’enregistrement. Tant que le navigateur est ouvert, elle garde aussi pour chaque onglet ouvert le nom du site, les détecteurs qui y tournent et ce qu’ils ont compté dans cet onglet ; c’est effacé à la fermeture du navigateur.',
      ],
    },
    {
      id: 'never',
      title: 'Ce qui n’est jamais enregistré',
      items: [
        'le texte des pages, des publications, des commentaires ou des messages, et rien de ce que vous tapez ;',
        'vos recherches, vos requêtes aux assistants d’IA et leurs réponses ;',
        'l’adresse d’une page au-delà du nom du site (ni chemin, ni paramètres, ni ancre), le titre des pages, l’adresse des résultats que vous ouvrez ;',
        'les noms d’utilisateur, les identifiants de compte, qui vous suivez ou à qui vous parlez, les mots de passe, les cookies, les captures d’écran ;',
        'une liste des pages que vous visitez : le nom d’un site n’est enregistré qu’avec un geste compté sur ce site, ou dans le tableau de santé du jour pour un site où l’un des détecteurs de l’extension a tourné.',
      ],
    },
    {
      id: 'where',
      title: 'Où c’est gardé',
      text: [
        'Seulement sur cet ordinateur, dans ce profil du navigateur : dans la base de données (IndexedDB) et le stockage propres à l’extension, que les pages web ne peuvent pas lire. Rien n’est synchronisé avec un compte. L’extension ne fait aucune requête réseau d’aucune sorte (ni statistiques d’usage, ni configuration à distance, ni vérification de mise à jour qui lui soit propre) ; la politique de sécurité de ses pages leur interdit de se connecter où que ce soit, et des tests automatiques vérifient l’un et l’autre.',
      ],
    },
    {
      id: 'how-long',
      title: 'Combien de temps',
      text: [
        'Jusqu’à ce que vous l’effaciez. Dans les réglages, vous pouvez ne garder que les N dernières semaines : les données plus anciennes sont effacées dès que vous changez ce réglage, puis chaque jour. Désinstaller l’extension efface tout ce qu’elle a enregistré.',
      ],
    },
    {
      id: 'control',
      title: 'Vous gardez la main : pause et effacement',
      items: [
        'Mettre en pause un site ou tout, depuis la fenêtre de l’icône ou les réglages : rien n’est enregistré pendant la pause.',
        'Décocher une catégorie dans les réglages : plus rien de cette catégorie n’est enregistré.',
        'Tout effacer depuis les réglages : chaque enregistrement, total et ligne de santé, et les gestes d’entraînement.',
        'Effacer les gestes de la page d’entraînement d’un clic sur cette page.',
      ],
    },
    {
      id: 'files',
      title: 'Sauvegardes et autres fichiers que vous enregistrez',
      text: [
        'Certains boutons enregistrent un fichier sur votre ordinateur, seulement quand vous appuyez dessus, là où votre navigateur range les téléchargements. Le fichier est alors à vous ; l’extension ne l’envoie jamais nulle part.',
      ],
      items: [
        'Une sauvegarde (réglages) : chaque enregistrement décrit plus haut, avec son identifiant, et vos réglages. Elle permet de restaurer vos données ou de les fusionner dans un autre navigateur ou un autre ordinateur. Elle contient le nom des sites où vous avez fait des gestes et quand : gardez-la comme tout fichier personnel.',
        'Les exports du bilan (JSON, CSV, Markdown, impression) : les enregistrements des semaines que vous choisissez.',
        'Le rendu anonymisé pour une classe : des totaux par jour, sorte de geste et plateforme et les mots des CAPTCHA, sans sites, noms d’hôte ni enregistrements un à un. La vue de classe lit ces fichiers sur l’ordinateur de l’enseignant et n’enregistre rien.',
        'Un fichier de diagnostic (fenêtre de l’icône, pour signaler un site qui a changé) : les versions de l’extension et du navigateur, les détecteurs qui ont tourné dans l’onglet et combien de fois chacun de leurs sélecteurs a trouvé quelque chose ; ni texte de page, ni adresse de page, ni nom d’utilisateur.',
      ],
    },
    {
      id: 'permissions',
      title: 'Autorisations',
      items: [
        'Accès à tous les sites : les gestes se font sur n’importe quel site et les CAPTCHA tournent dans des cadres d’autres sites. Sur une page ordinaire, l’extension ne regarde que le nom du site et quelques éléments de la page, puis reste inactive.',
        'Stockage : vos réglages et l’état des onglets ouverts.',
        'Alarmes et notifications : seulement pour le rappel hebdomadaire, désactivé par défaut et demandé quand vous l’activez (Firefox accorde les alarmes sans demander). La notification est locale.',
      ],
    },
    {
      id: 'sharing',
      title: 'Partage et usage',
      text: [
        'Personne ne reçoit vos données : ni les auteurs de l’extension, ni les plateformes, ni des annonceurs. Elles ne sont pas vendues, ni utilisées pour la publicité ou pour décider d’un crédit, ni pour rien d’autre que vous montrer votre propre travail du clic. Ces pratiques suivent le règlement du Chrome Web Store sur les données des utilisateurs, y compris ses exigences d’usage limité.',
      ],
    },
    {
      id: 'changes',
      title: 'Modifications de cette politique',
      text: [
        'Cette politique est livrée avec l’extension et ne change qu’avec une nouvelle version de celle-ci ; la date ci-dessus dit quelle version vous lisez. Si une nouvelle version comptait une nouvelle catégorie, celle-ci commencerait désactivée jusqu’à ce que vous l’activiez.',
      ],
    },
  ],
};

export const POLICY: Record<Lang, Policy> = { en, fr };
