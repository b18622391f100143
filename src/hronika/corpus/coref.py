"""Read the FullStack-LV Coreferences layer (WebAnno TSV 3.2) as chains of character spans over the UD text."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .fullstack import Paragraph, Token, read_conllu

CHAIN_LAYER = "de.tudarmstadt.ukp.dkpro.core.api.coref.type.CoreferenceLink"
LINK_FEATURE = "referenceRelation"
FIXED_COLUMNS = 3  # id, offsets, token
LAYER_HEADER = re.compile(r"#T_(SP|CH|RL)=([^|]+)((?:\|[^|]*)*)$")
CHAIN_LINK = re.compile(r"->(\d+)-(\d+)")
PRONOUN_TYPES = {"Prs", "Dem"}
SKIPPED_UPOS = {"ADP", "PUNCT"}

Span = tuple[int, int]
Mentions = dict[tuple[int, int], list[int]]  # (chain, element) → token indices


@dataclass
class CorefParagraph:
    """One paragraph's gold coreference: chains of ≥ 2 mentions as (start, end) offsets into its UD text."""

    par_id: str
    text: str
    chains: list[list[Span]] = field(default_factory=list)
    pronouns: list[list[bool]] = field(default_factory=list)  # parallel to chains: is the mention a pronoun

    @property
    def pronoun_spans(self) -> set[Span]:
        """The mentions that are pronouns."""
        return {m for chain, flags in zip(self.chains, self.pronouns) for m, p in zip(chain, flags) if p}


def link_column(header: list[str]) -> int | None:
    """Column of the chain layer's link feature, counted from the #T_ lines; None where the file has no chains."""
    column = FIXED_COLUMNS
    for line in header:
        match = LAYER_HEADER.match(line)
        if not match:
            continue
        features = match.group(3).split("|")[1:]
        if match.group(2) == CHAIN_LAYER and LINK_FEATURE in features:
            return column + features.index(LINK_FEATURE)
        column += max(1, len(features))  # a layer without features still writes one placeholder column
    return None


def read_tsv(path: Path) -> tuple[list[str], Mentions]:
    """The file's token forms, and the token indices of each (chain, element) mention."""
    lines = path.read_text(encoding="utf-8").splitlines()
    column = link_column([line for line in lines if line.startswith("#T_")])
    forms: list[str] = []
    mentions: Mentions = {}
    for line in lines:
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if column is not None and column < len(cols):
            for chain, element in CHAIN_LINK.findall(cols[column]):
                mentions.setdefault((int(chain), int(element)), []).append(len(forms))
        forms.append(cols[2])
    return forms, mentions


def char_offsets(par: Paragraph) -> list[Span]:
    """(start, end) of every UD token in the paragraph text, as `Paragraph.text` lays them out."""
    offsets, at = [], 0
    for tok in par.words:
        offsets.append((at, at + len(tok.form)))
        at += len(tok.form) + tok.space_after
    return offsets


def is_pronominal(tok: Token) -> bool:
    """A pronoun by UPOS, a personal or demonstrative determiner, or a pronoun by the Latvian XPOS tag."""
    feats = dict(f.split("=", 1) for f in tok.feats.split("|") if "=" in f)
    return (tok.upos == "PRON" or (tok.upos == "DET" and feats.get("PronType") in PRONOUN_TYPES)
            or tok.xpos.startswith("p"))


def is_pronoun(tokens: list[Token]) -> bool:
    """A mention made of pronouns only, once adpositions and punctuation are set aside."""
    # Relative mentions are annotated with their preposition ("par kuru"), emphatic ones doubled ("viņš pats").
    words = [tok for tok in tokens if tok.upos not in SKIPPED_UPOS]
    return bool(words) and all(is_pronominal(tok) for tok in words)


def partition(chains: Iterable[Iterable[Span]]) -> list[list[Span]]:
    """Chains merged where they share a mention, each in text order, ordered by their first mention."""
    # The metrics need a partition of the mentions; where two chains share one, both name the same entity.
    groups: list[set[Span]] = []
    for chain in chains:
        merged, apart = set(chain), []
        for group in groups:
            if group & merged:
                merged |= group
            else:
                apart.append(group)
        groups = apart + [merged] if merged else apart
    return sorted((sorted(group) for group in groups), key=lambda chain: chain[0])


def build_chains(par: Paragraph, mentions: Mentions) -> tuple[list[list[Span]], list[list[bool]]]:
    """The paragraph's chains of ≥ 2 mentions as character spans, and whether each mention is a pronoun."""
    words, offsets = par.words, char_offsets(par)
    by_chain: dict[int, list[Span]] = {}
    pronoun: dict[Span, bool] = {}
    for (chain, _), indices in mentions.items():
        first, last = min(indices), max(indices)
        span = (offsets[first][0], offsets[last][1])
        by_chain.setdefault(chain, []).append(span)
        pronoun[span] = is_pronoun(words[first:last + 1])
    chains = [chain for chain in partition(by_chain.values()) if len(chain) > 1]
    return chains, [[pronoun[span] for span in chain] for chain in chains]


def read_paragraph(tsv_path: Path, ud_path: Path) -> CorefParagraph | None:
    """One paragraph's gold chains; None where the UD file is missing or its words differ from the TSV's."""
    if not ud_path.exists():
        return None
    par = read_conllu(ud_path)
    forms, mentions = read_tsv(tsv_path)
    if forms != [tok.form for tok in par.words]:
        return None
    chains, pronouns = build_chains(par, mentions)
    return CorefParagraph(par.par_id, par.text, chains, pronouns)


def read_coref(split_dir: Path, skipped: list[str] | None = None) -> Iterator[CorefParagraph]:
    """Every paragraph of the split's Coreferences folder, sorted by id; ids that do not align go to `skipped`."""
    for path in sorted((split_dir / "Coreferences").glob("*.tsv")):
        par = read_paragraph(path, split_dir / "UD" / f"{path.stem}.conllu")
        if par is None:
            if skipped is not None:
                skipped.append(path.stem)
            continue
        yield par
