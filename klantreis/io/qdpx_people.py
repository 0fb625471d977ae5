"""Who a REFI-QDA project is about, as a journey holds them: its cases become respondents
(codes with attributes, never names) and, in a project Klantreis wrote, its sets become the
groups again.

A case's name becomes the respondent's code when it is one: a case whose name looks like a
person's real name (a first name of the bundled list, a name after a title, the project's own
word list), or is longer than a code may be, gets a generated code ("R4") instead, and the
report says so without repeating the name. A case without a name holds attributes of a source
(MAXQDA, Quirkos) and is no respondent. A case whose name is the code of a respondent of the
journey is that respondent (left as it is). Variables become attributes, except one whose name
looks like personal data (naam, e-mail, BSN, ...): its values are never read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from klantreis.io.qdpx_project import QdpxProject
from klantreis.io.refi_qda import GROUP_VARIABLE, choice, parse_description
from klantreis.io.respondent_import import looks_personal
from klantreis.io.transcript_import import name_like_labels
from klantreis.messages import message
from klantreis.model.entities import Group, Perspective, Respondent, new_id
from klantreis.model.journey import Journey

MAX_CODE = 20  # characters of a respondent code (klantreis/model/entities.py)
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


@dataclass
class People:
    """The groups and respondents an import adds, and how the project's sets and cases map to
    the journey's groups and respondents."""

    groups: list[Group] = field(default_factory=list)  # new ones
    group_of_set: dict[str, str] = field(default_factory=dict)  # set GUID -> group id
    group_by_name: dict[str, Group] = field(default_factory=dict)  # folded name -> group
    respondents: list[Respondent] = field(default_factory=list)  # new ones
    respondent_of_case: dict[str, str] = field(default_factory=dict)  # case GUID -> respondent id
    attribute_names: list[str] = field(default_factory=list)  # new for the project
    notes: list[str] = field(default_factory=list)

    def group_of(self, journey: Journey, respondent_id: str | None) -> Group | None:
        new = next((r for r in self.respondents if r.id == respondent_id), None)
        respondent = new or journey.find("respondent", respondent_id)
        if respondent is None or respondent.group_id is None:
            return None
        return next((g for g in self.groups if g.id == respondent.group_id), None) or journey.find(
            "group", respondent.group_id)


def respondent_by_code(journey: Journey, project: QdpxProject, people: People) -> dict[str, str]:
    """Respondent ids by folded code as the file names them: a case's name (the respondent it
    became, also when it was renamed), else a respondent of the journey with that code."""
    found = {}
    for case in project.cases:
        if case.guid in people.respondent_of_case:
            found.setdefault(_key(case.name), people.respondent_of_case[case.guid])
    for respondent in journey.respondents:
        found.setdefault(_key(respondent.code), respondent.id)
    return found


def plan_people(journey: Journey, project: QdpxProject) -> People:
    """The groups and respondents of ``project`` for ``journey`` (which it never changes)."""
    people = People()
    for group in journey.groups:
        people.group_by_name.setdefault(_key(group.name), group)
    _groups(project, people)
    _respondents(journey, project, people)
    return people


def _groups(project: QdpxProject, people: People) -> None:
    if not project.ours:
        if project.sets:
            people.notes.append(message("qdpx_note_sets", count=len(project.sets)))
        return
    for source_set in project.sets:
        name = " ".join(source_set.name.split())[:200]
        if not name:
            continue
        group = people.group_by_name.get(_key(name))
        if group is None:
            fields = parse_description(source_set.description)
            languages = (x.strip() for x in fields.get("languages", "").split(","))
            group = Group(new_id(), name, choice(Perspective, fields.get("perspective"), Perspective.OVERIG),
                          date=fields.get("date", "")[:40], place=fields.get("place", "")[:300],
                          languages=tuple(dict.fromkeys(x for x in languages if _LANGUAGE.match(x))))
            people.groups.append(group)
            people.group_by_name[_key(name)] = group
        people.group_of_set[source_set.guid] = group.id


def _respondents(journey: Journey, project: QdpxProject, people: People) -> None:
    existing = {_key(r.code): r.id for r in journey.respondents}
    words = tuple(w for w in journey.info.privacy.words if w.strip())
    named = [case for case in project.cases if case.name.strip()]
    unnamed = len(project.cases) - len(named)
    if unnamed:
        people.notes.append(message("qdpx_note_unnamed_cases", count=unnamed))
    names = {case.name.strip() for case in named}
    suspect = set(name_like_labels(sorted(names), words=words)) | {
        n for n in names if len(n) > MAX_CODE or any(ord(c) < 32 for c in n)}
    taken = set(existing) | {_key(n) for n in names - suspect}
    personal = sorted({name for case in named for name, _ in case.variables if looks_personal(name)})
    for name in personal:
        people.notes.append(message("qdpx_note_personal_variable", name=name))
    known_attributes = {_key(n) for n in journey.info.attribute_names}
    by_code: dict[str, str] = {}
    renamed, reused, number = [], 0, 0
    for case in named:
        code = " ".join(case.name.split())
        if case.name.strip() in suspect:
            number += 1
            while f"r{number}" in taken:
                number += 1
            code = f"R{number}"
            taken.add(code.casefold())
            renamed.append(code)
        if _key(code) in existing:
            people.respondent_of_case[case.guid] = existing[_key(code)]
            reused += 1
            continue
        if _key(code) in by_code:  # (two cases of one name: one respondent)
            people.respondent_of_case[case.guid] = by_code[_key(code)]
            continue
        group_id, attributes = None, {}
        for name, value in case.variables:
            name = " ".join(name.split())[:80]
            if project.ours and name == GROUP_VARIABLE and _key(value) in people.group_by_name:
                group_id = people.group_by_name[_key(value)].id
            elif name and value.strip() and not looks_personal(name) and name not in attributes:
                attributes[name] = value.strip()
        respondent = Respondent(new_id(), code, group_id, tuple(attributes.items()))
        people.respondents.append(respondent)
        people.respondent_of_case[case.guid] = by_code[_key(code)] = respondent.id
        for name in attributes:
            if _key(name) not in known_attributes:
                known_attributes.add(_key(name))
                people.attribute_names.append(name)
    if renamed:
        people.notes.append(message("qdpx_note_renamed", count=len(renamed), codes=", ".join(renamed)))
    if reused:
        people.notes.append(message("qdpx_note_existing_respondents", count=reused))
