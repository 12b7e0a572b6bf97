use super::Words;

pub const WORDS: Words = Words {
    language_name: "Français",
    languages_label: "Langue",
    skip_to_content: "Aller au contenu",
    kind_news: "Actualité",
    kind_press_release: "Communiqué de presse",
    kind_opinion: "Tribune",
    kind_event: "Événement",
    kind_publication: "Publication",
    kind_video: "Vidéo",
    loading: "Chargement…",
    error_heading: "Ce contenu n’a pas pu être chargé",
    error_not_found: "Le fichier {file} est introuvable.",
    error_server: "Le serveur a répondu par une erreur ({status}) pour {file}.",
    error_unreachable: "Le serveur est injoignable pour {file}. Vérifiez votre connexion.",
    error_invalid: "Le fichier {file} n’est pas un contenu valide\u{a0}: {detail}",
    retry: "Réessayer",
    not_found_title: "Page introuvable",
    not_found_body:
        "Il n’y a pas de page à cette adresse. Elle a peut-être été déplacée ou n’a jamais existé.",
    back_to_articles: "Retour à tous les articles",
    people_heading: "Personnes",
    articles_heading: "Articles",
    no_articles: "Il n’y a pas encore d’articles dans cette langue.",
    photo_credit: "Photo\u{a0}: {credit}",
};
