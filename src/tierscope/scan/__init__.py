"""Cheap literal tests shared by the stages (entities, relations, plants): the literals every match of
a compiled pattern must hold, worked out once from the parsed pattern (``prefilter``); which sentences
of a page may hold a pattern's match by those literals (``sentences``); the page lower-cased once with
the gate words it holds (``page_words``). A stage asks them before a costly search; they never change
what a search finds. They live apart from the stages because both the entity and the relation stage
use them, and an earlier stage must not import a later one."""
