"""Mark page furniture in article text: menus, teaser blocks, listings, comment and newsletter boxes,
share buttons, copyright lines, ad markers.

Furniture is marked, never deleted, so every offset stays valid. The filter works on lines and
then on blocks: a heading such as "Related articles" or "Leggi anche" opens a block of teaser lines
that ends at a blank line or at real prose; a paragraph made mostly of furniture is furniture.
Prose (long lines ending in sentence punctuation) is kept unless it is a cookie or copyright notice.
"""

from __future__ import annotations

import re

__all__ = ["find_boilerplate", "line_spans", "is_prose", "merge_ranges"]

_I = re.I | re.U

# Words of site navigation, in the five languages (lower case; multi-word entries allowed).
NAV_WORDS = frozenset(
    """
home homepage news latest business economy markets finance money politics world tech technology science
sport sports culture opinion lifestyle travel health video videos podcast podcasts photos weather contact
contacts about login register subscribe menu search more jobs events companies industry energy automotive
mobility cars europe asia americas africa local regional archive rss imprint privacy terms help faq
advertise careers shop magazine topics analysis features interviews columns blogs newsletters
notizie economia finanza mercati politica cronaca esteri mondo cultura tecnologia motori spettacoli salute
opinioni foto meteo contatti accedi registrati abbonati cerca aziende lavoro italia borsa
startseite nachrichten wirtschaft finanzen börse politik ausland inland kultur technik digital auto
mobilität meinung panorama wissen fotos wetter kontakt impressum datenschutz anmelden abo abonnieren
suche unternehmen karriere mehr deutschland
accueil actualités actualité économie entreprises marchés politique international monde
technologie opinions vidéos vidéo météo connexion rechercher recherche régions plus france
inicio portada noticias economía empresas mercados finanzas bolsa política internacional nacional
deportes tecnología motor opinión vídeos vídeo tiempo contacto buscar regiones más españa
""".split()
) | frozenset(
    {"about us", "log in", "sign in", "sign up", "chi siamo", "ultime notizie", "in evidenza",
     "s'abonner", "abonnez-vous", "última hora", "iniciar sesión", "suscríbete", "my account"}
)

SHARE_WORDS = frozenset(
    """share tweet facebook twitter x linkedin whatsapp email e-mail mail print pinterest telegram reddit
xing instagram youtube tiktok threads bluesky flipboard messenger copy link url condividi stampa
teilen drucken partager imprimer compartir imprimir on su auf sur en this article articolo artikel
cet article este artículo""".split()
)

_SEP = re.compile(r"\s+[|›»·•>/]\s+|\s*[|›»·•]\s*")
_SHARE_START = re.compile(
    r"^(share|share this|condividi|teilen|artikel teilen|partager|partagez|compartir|compártelo|"
    r"follow us|seguici|folgen sie uns|suivez-nous|síguenos)\b", _I)
_NAV_PHRASE = re.compile(
    r"^(skip to (main )?content|skip navigation|back to top|toggle navigation|close menu|open menu|"
    r"vai al contenuto|torna su|torna all'inizio|zum inhalt springen|zum hauptinhalt|nach oben|"
    r"aller au contenu( principal)?|retour en haut|ir al contenido( principal)?|volver arriba)\W*$", _I)
_COPYRIGHT = re.compile(
    r"^\s*(©|\(c\)\s|copyright\b)|©\s*\d{4}|\ball rights reserved\b|\btutti i diritti riservati\b|"
    r"\briproduzione riservata\b|\balle rechte vorbehalten\b|\btous droits réservés\b|"
    r"\btodos los derechos reservados\b", _I)
_AD = re.compile(
    r"^\W*(advertisement|advertising|ad|ads|anzeige|werbung|pubblicità|annuncio|publicité|publicidad|"
    r"sponsored( content)?|paid content|paid post|promoted|contenuto sponsorizzato|gesponsert|"
    r"contenu sponsorisé|contenido patrocinado|scroll to continue( with content)?|"
    r"(article )?continues below|continue reading below|l'articolo continua (sotto|dopo la pubblicità)|"
    r"weiterlesen nach der anzeige|la suite (après|sous) (cette )?(la )?publicité|"
    r"(el artículo )?continúa (después|tras) (de )?la publicidad)\W*$", _I)
_COOKIE = re.compile(
    r"\b(we|this (web)?site) uses? cookies\b|\bcookie (policy|settings|preferences|consent)\b|"
    r"\baccept (all )?cookies\b|\butilizziamo (i )?cookie|\bquesto sito (utilizza|usa) (i )?cookie|"
    r"\bwir verwenden cookies\b|\bdiese (web)?(seite|site) verwendet cookies\b|\bcookie-einstellungen\b|"
    r"\bnous utilisons des cookies\b|\bce site utilise des cookies\b|\butilizamos cookies\b|"
    r"\beste sitio (web )?utiliza cookies\b|\bpolítica de cookies\b|\bpolitique (relative aux|des) cookies\b", _I)
_NEWSLETTER = re.compile(r"\b(newsletter|newsletters|boletín)\b", _I)
_SUBSCRIBE_START = re.compile(
    r"^(sign up|subscribe|get our|iscriviti|abbonati|abbonarti|abonnieren|jetzt abonnieren|"
    r"melden sie sich|abonnez-vous|inscrivez-vous|suscríbete|suscribete|regístrate|recibe|ricevi|"
    r"recevez|erhalten sie|already a subscriber|sei già abbonato|bereits abonnent|déjà abonné|"
    r"ya eres suscriptor|log ?in|sign in|accedi|anmelden|se connecter|connectez-vous|iniciar sesión|"
    r"inicia sesión|register|registrati|registrieren|create an account|premium|solo per abbonati|"
    r"réservé aux abonnés|exclusivo para suscriptores|nur für abonnenten)\b", _I)
_EMAIL_FIELD = re.compile(r"\b(e-?mail|correo( electrónico)?|adresse e-mail|indirizzo email)\b", _I)
_COMMENT_LINE = re.compile(
    r"^\d+\s+(comments?|kommentare?|commenti|commento|commentaires?|comentarios?)\b|"
    r"\b(log ?in|sign in|register|anmelden|registrieren|accedi|registrati|connectez-vous|inscrivez-vous|"
    r"inicia sesión|regístrate)\b.{0,25}\b(to )?(comment|kommentieren|commentare|commenter|comentar)\b|"
    r"^(leave|add|write|post|show|view|hide|load( more)?) (a |all )?comments?\b|"
    r"^(lascia|scrivi|mostra) (un )?comment[oi]\b|^kommentar(e)? (schreiben|anzeigen|verfassen)\b|"
    r"^(laisser|écrire|voir|afficher) (un |les )?commentaires?\b|^(deja|escribe|ver) (un |los )?comentarios?\b", _I)
_COMMENT_WORDS = (r"comments?|kommentare?|commenti|commento|commentaires?|comentarios?|reader comments|"
                  r"leserkommentare")
# Headings that invite the reader to comment ("RÉAGISSEZ (1 commentaire)", "Have your say").
_COMMENT_CALL = (r"join the (conversation|discussion)|have your say|dì la tua|di' la tua|diskutieren sie mit|"
                 r"reagieren sie|réagissez|réagir|commentez|deja (tu|un) comentario|opina")
_COMMENT_HEAD = re.compile(
    rf"^(\d+\s+)?({_COMMENT_WORDS}|{_COMMENT_CALL}|discussion|diskussion)"
    rf"(\s*\(\d+(\s+({_COMMENT_WORDS}))?\))?\s*:?$", _I)
_COMMENT_META = re.compile(
    r"\b(\d+\s+(minutes?|hours?|days?|weeks?)\s+ago|vor\s+\d+\s+(minuten|stunden|tagen)|\d+\s+(minuti|ore|giorni)\s+fa|"
    r"il y a\s+\d+\s+(minutes?|heures?|jours?)|hace\s+\d+\s+(minutos?|horas?|días?))\b|"
    r"^(reply|antworten|rispondi|répondre|responder|like|gefällt mir|mi piace|j'aime|me gusta)\W*\d*\W*$", _I)
# A heading that counts, names or asks for comments ("12 comments", "Kommentare", "Réagissez") is certain: every line
# of its paragraph is a comment, prose or not. "Discussion" alone may be an article's subheading.
_COMMENT_HEAD_SURE = re.compile(rf"^(.*\d|({_COMMENT_WORDS}|{_COMMENT_CALL})\b)", _I)
# "Mark_77: I heard ...", "Pierre_31 : Bonne nouvelle" - a user handle and a colon, inside a comment block.
_COMMENTER = re.compile(r"^@?[\w.-]{2,30}(\s+\(\w+\))?\s?:\s", _I)
# A prose line that asks the reader to subscribe to a newsletter ("Sign up for our newsletter: get
# the news on how X partners with Y every morning") is still a newsletter box.
_SUBSCRIBE_VERB = re.compile(
    r"\b(sign up|subscribe|get|receive|iscriviti|ricevi|abonnieren|abonnieren sie|erhalten|abonnez-vous|"
    r"inscrivez-vous|recevez|suscríbete|suscribete|recibe|regístrate)\b", _I)
_TEASER_HEAD = re.compile(
    r"^(related( articles| stories| news| content| coverage| reading)?|read more|read also|also read|see also|"
    r"more on this( topic| story)?|more stories|more news|(more|other|top|latest) headlines|headlines|"
    r"altri titoli|altre notizie|weitere (schlagzeilen|nachrichten|meldungen)|autres titres|autres actualités|"
    r"más titulares|otros titulares|more from [\w' ]{1,30}|you (may|might) also like|"
    r"recommended( for you| articles| stories)?|most read|most popular|trending( now)?|top stories|"
    r"latest news|editor'?s picks|further reading|"
    r"leggi anche|leggi pure|potrebbe interessarti( anche)?|ti potrebbe interessare|articoli correlati|"
    r"notizie correlate|correlati|(i )?più letti|da non perdere|vedi anche|approfondimenti|"
    r"lesen sie auch|lesen sie mehr|mehr zum thema|das könnte sie (auch )?interessieren|weitere artikel|"
    r"verwandte artikel|meistgelesen(e artikel)?|auch interessant|empfohlene artikel|top-artikel|zum thema|"
    r"(à|a) lire (aussi|également)|lire aussi|sur le même sujet|articles (similaires|liés)|les plus lus|"
    r"vous aimerez aussi|(à )?voir aussi|dans la même rubrique|nos articles recommandés|"
    r"(también )?te puede interesar|lee también|leer también|noticias relacionadas|relacionado|"
    r"más información|más noticias|lo más (leído|visto)|te recomendamos|contenido relacionado|"
    r"artículos relacionados|ver también|quizás te interese)\s*(:|»|›|>|\.\.\.|…)?", _I)
_LISTING_HEAD = re.compile(
    r"^(used cars?|car offers|gebrauchtwagen|fahrzeugangebote|auto usate|annunci auto|offerte auto|"
    r"voitures d'occasion|annonces auto|coches de (segunda mano|ocasión)|ofertas de coches)\W*$", _I)
_KM = re.compile(r"\b\d{1,3}(?:[.,\u00a0\u202f ]\d{3})*\s?km\b", _I)
_PRICE = re.compile(r"(€|\beur\b|\$|£|\bchf\b)\s?\d|\d[\d.,]*\s?(€|\beur\b|\beuro\b|\$|£)", _I)
_TAGS = re.compile(r"^(tags|topics|themen|schlagwörter|argomenti|tag|sujets|mots-clés|temas|etiquetas)\s*:", _I)
_CREDIT = re.compile(r"^(photo|foto|bild|image|credit|crédit|immagine|fuente de la imagen)\s*(:|©)", _I)
_FINAL = '.!?…:;"”»)\''


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, newline excluded."""
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def is_prose(line: str) -> bool:
    """A line of running text: several words ending in sentence punctuation, or simply long."""
    words = line.count(" ") + 1
    return (words >= 8 and line[-1] in _FINAL) or words >= 25


def _all_in(tokens: list[str], vocab: frozenset[str]) -> bool:
    i = 0
    while i < len(tokens):
        if i + 1 < len(tokens) and f"{tokens[i]} {tokens[i + 1]}" in vocab:
            i += 2
        elif tokens[i] in vocab:
            i += 1
        else:
            return False
    return True


def _tokens(line: str) -> list[str]:
    return [t for t in re.split(r"[\s|›»·•/>,:()\[\]]+", line.lower().strip(" -–—")) if t]


def _cookie(line: str) -> bool:
    """Is the line a cookie notice? Every one names cookies: testing for the word first spares the
    long pattern on every line of prose."""
    return "cookie" in line.lower() and bool(_COOKIE.search(line))


def _line_kind(line: str, prose: bool) -> str | None:
    """The kind of furniture a single line is, or None."""
    if _cookie(line):
        return "cookie"
    if len(line) < 200 and _COPYRIGHT.search(line):
        return "copyright"
    if prose:
        nl = _NEWSLETTER.search(line) if len(line) < 250 else None
        if nl and nl.start() < 60 and _SUBSCRIBE_VERB.search(line[: nl.start() + 40]):
            return "newsletter"
        return None
    if _AD.match(line) or _NAV_PHRASE.match(line):
        return "ad" if _AD.match(line) else "nav"
    # comment headers ("2 hours ago", "Reply") count only inside a comment block: alone, "updated
    # 3 minutes ago" is a date line
    if _COMMENT_LINE.search(line):
        return "comments"
    tokens = _tokens(line)
    if tokens and _all_in(tokens, NAV_WORDS):
        return "nav"
    if tokens and (_all_in(tokens, SHARE_WORDS) or (_SHARE_START.match(line) and len(line) < 80)):
        return "share"
    items = [p for p in _SEP.split(line) if p.strip()]
    if len(items) >= 3 or (len(items) == 2 and re.search(r"[›»>]", line)):
        if all(len(p) <= 40 and p.count(" ") <= 4 and not p.rstrip().endswith(".") for p in items):
            return "listing" if _KM.search(line) else "nav"
    if len(line) < 200 and _KM.search(line) and _PRICE.search(line):
        return "listing"
    if len(line) < 120 and (_NEWSLETTER.search(line) or _SUBSCRIBE_START.match(line)):
        return "newsletter"
    if len(line) < 60 and _EMAIL_FIELD.search(line) and line.count(" ") < 8:
        return "newsletter"
    if _TAGS.match(line) or (_CREDIT.match(line) and len(line) < 120):
        return "tags"
    if _TEASER_HEAD.match(line) and len(line) < 200:
        return "teaser"
    return None


def _block_head(line: str) -> str | None:
    """Kind of block this line opens (its following lines belong to it), or None."""
    m = _TEASER_HEAD.match(line)
    if m and m.end() >= len(line.rstrip()):
        return "teaser"
    if _COMMENT_HEAD.match(line):
        return "comments"
    if _LISTING_HEAD.match(line):
        return "listing"
    return None


def _comment_meta(line: str) -> bool:
    """A comment's header ("2 hours ago", "Reply", "Mark_77: ...") inside a comment block."""
    return bool(_COMMENT_META.search(line) or _COMMENTER.match(line))


def merge_ranges(ranges: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Sort and merge ranges that touch or are separated only by whitespace."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(ranges):
        if out and (s <= out[-1][1] or not text[out[-1][1] : s].strip()):
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def find_boilerplate(text: str) -> list[tuple[int, int]]:
    """Ranges of ``text`` that are page furniture, merged and sorted."""
    spans = line_spans(text)
    lines = [text[s:e].strip() for s, e in spans]
    n = len(lines)
    prose = [bool(ln) and is_prose(ln) for ln in lines]
    kind: list[str | None] = [None] * n

    i = 0
    while i < n:
        line = lines[i]
        if not line:
            i += 1
            continue
        head = _block_head(line) if not prose[i] else None
        if head is None:
            kind[i] = _line_kind(line, prose[i])
            i += 1
            continue
        kind[i] = head
        sure = head == "comments" and bool(_COMMENT_HEAD_SURE.match(line))
        j = i + 1
        while j < n and not lines[j]:  # blank lines right after the heading belong to it
            j += 1
        after_meta = False
        while j < n and lines[j]:
            meta = head == "comments" and _comment_meta(lines[j])
            # comment bodies are prose: they stay in the block while they follow a comment's header
            if prose[j] and not (after_meta or meta or sure) and not _cookie(lines[j]):
                break
            kind[j] = head
            after_meta = meta or (after_meta and prose[j])
            j += 1
        if head == "comments":
            # further comments: paragraphs that carry comment headers ("2 hours ago", "Reply")
            while j < n:
                k = j
                while k < n and not lines[k]:
                    k += 1
                end = k
                while end < n and lines[end]:
                    end += 1
                if k == n or not any(_comment_meta(lines[x]) or _COMMENT_LINE.search(lines[x]) for x in range(k, end)):
                    break
                for x in range(k, end):
                    kind[x] = "comments"
                j = end
        i = j

    _mark_nav_runs(lines, prose, kind)
    _mark_furniture_paragraphs(lines, prose, kind)
    ranges = []
    for (s, e), k in zip(spans, kind):
        if k:
            raw = text[s:e]
            ranges.append((s + len(raw) - len(raw.lstrip()), e - len(raw) + len(raw.rstrip())))
    return merge_ranges([r for r in ranges if r[0] < r[1]], text)


def _short(line: str) -> bool:
    return bool(line) and line.count(" ") <= 3 and line[-1] not in _FINAL


def _mark_nav_runs(lines: list[str], prose: list[bool], kind: list[str | None]) -> None:
    """A menu is a run of short lines; once two of them are known nav words, the whole run is."""
    i, n = 0, len(lines)
    while i < n:
        if not _short(lines[i]):
            i += 1
            continue
        j = i
        while j < n and _short(lines[j]):
            j += 1
        if j - i >= 3 and sum(1 for x in range(i, j) if kind[x] == "nav") >= 2:
            for x in range(i, j):
                kind[x] = kind[x] or "nav"
        i = j


def _mark_furniture_paragraphs(lines: list[str], prose: list[bool], kind: list[str | None]) -> None:
    """In a paragraph that is mostly furniture, the few very short lines left ("Stay informed",
    "Follow us") are furniture too. Longer lines are left alone: they may be a headline."""
    i, n = 0, len(lines)
    while i < n:
        if not lines[i]:
            i += 1
            continue
        j = i
        while j < n and lines[j]:
            j += 1
        marked = sum(1 for x in range(i, j) if kind[x])
        if marked >= 2 and marked * 2 > (j - i):
            for x in range(i, j):
                if not kind[x] and not prose[x] and lines[x].count(" ") <= 2:
                    kind[x] = "box"
        i = j
