"""Reading a document: its text, front matter, headings, code fences, and who published it.

The publisher comes from the document itself (a ``.source.json`` sidecar, the front matter, links to
the publisher's Hugging Face organisation, the title), never from the models in its tables.
"""

from __future__ import annotations

import bisect
import functools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from benchlens.catalog import resolve_model
from benchlens.catalog.catalog import Catalog, match_prefix, spelt
from benchlens.catalog.resolve import clean_label, normalize
from benchlens.errors import InputError
from benchlens.records import Document, content_id

MAX_BYTES = 20 * 1024 * 1024  # larger files are refused: no model card is this big


@dataclass
class Heading:
    line: int
    level: int
    text: str


@dataclass
class SourceDoc:
    path: str
    text: str
    lines: list[str]
    document: Document
    front_matter: dict[str, Any] | None
    front_matter_end: int  # 0-based index of the first line after the front matter
    headings: list[Heading]
    fences: list[tuple[int, int]]  # 1-based (start, end) line ranges of ``` blocks
    kind: str  # "markdown" | "html" | "text"
    publisher: str | None
    publisher_source: str | None
    sidecar: dict[str, Any] = field(default_factory=dict)
    footnotes: dict[str, str] = field(default_factory=dict)  # mark ("*", "$", "¹") -> text

    def heading_path(self, line: int) -> list[str]:
        """Headings in force at ``line`` (1-based), outermost first."""
        stack: list[Heading] = []
        for h in self.headings:
            if h.line >= line:
                break
            while stack and stack[-1].level >= h.level:
                stack.pop()
            stack.append(h)
        return [h.text for h in stack]

    def in_fence(self, line: int) -> bool:
        return any(a <= line <= b for a, b in self.fences)

    @functools.cached_property
    def comments(self) -> list[tuple[int, int]]:
        """Character spans of HTML comments (``<!-- ... -->``; one left open runs to the end): a table
        inside one is not shown on the page (an author's draft or an outdated table)."""
        spans = []
        for m in re.finditer(r"<!--", self.text):
            if spans and m.start() < spans[-1][1]:
                continue
            end = self.text.find("-->", m.end())
            spans.append((m.start(), len(self.text) if end < 0 else end + 3))
        return spans

    def in_comment(self, offset: int) -> bool:
        i = bisect.bisect_right(self.comments, (offset, len(self.text) + 1)) - 1  # the last span starting at or before
        return i >= 0 and offset < self.comments[i][1]

    @functools.cached_property
    def commented_lines(self) -> set[int]:
        """1-based lines whose text starts inside an HTML comment (or with one's opening)."""
        out: set[int] = set()
        if not self.comments:
            return out
        pos = 0
        for i, line in enumerate(self.lines, start=1):
            lead = len(line) - len(line.lstrip())
            if line.strip() and self.in_comment(pos + lead):
                out.add(i)
            pos += len(line) + 1
        return out


_FM = re.compile(r"\A---\s*\n(.*?)\n---\s*(\n|\Z)", re.S)
_ATX = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_HTML_H = re.compile(r"<h([1-6])[^>]*>(.*?)</h\1>", re.I | re.S)
# footnote lines: "*: text", "\\# text", "$ text", "¹ text" (a bare "* text" is a list item, not a footnote)
_FOOTNOTE = re.compile(r"^(?:(\\[*#]|[$&†‡§]{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d+\])\s*[:：]?|([*#]{1,3})\s*[:：])\s+(.{8,})$")
# a bold line as a heading: "**MUGE Text-to-Image Retrieval**:", not a bold sentence ("**... 不建议 ...。**")
_BOLD_LINE = re.compile(r"^\s*(\*\*|__)([^*_|]{1,79}[^*_|。.!?！？])\1\s*:?\s*$")


def _decode(data: bytes, path: str) -> str:
    if not data.strip():
        raise InputError("the file is empty", path=path)
    if b"\x00" in data[:8192]:
        raise InputError("a binary file, not a text document", path=path)
    for enc in ("utf-8-sig", "utf-16"):
        try:
            text = data.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise InputError("not UTF-8 text", path=path)
    ctrl = sum(1 for ch in text[:20000] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if ctrl > 20:
        raise InputError("a binary file, not a text document", path=path)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_sidecar(path: Path) -> dict[str, Any]:
    """``<file>.source.json`` beside a document (as in the project's corpus), if present."""
    cands = [path.with_name(path.stem + ".source.json"), path.with_name(path.name + ".source.json")]
    for c in cands:
        if c.exists():
            try:
                data = json.loads(c.read_text(encoding="utf-8"))
                return data if isinstance(data, dict) else {}
            except (OSError, ValueError):
                return {}
    return {}


def _org_of(url: str | None) -> str | None:
    if not url:
        return None
    m = re.search(r"huggingface\.co/(?:datasets/|spaces/)?([^/\s]+)/", url) or re.search(
        r"github\.com/([^/\s]+)/", url)
    return m.group(1) if m else None


_DEVELOPER_LINE = re.compile(
    r"^[\s>*_|-]*(?:model\s+)?(?:developer|developed\s+by|creator|created\s+by|publisher|organi[sz]ation|"
    r"model\s+creator|released\s+by)\s*[*_]*\s*[:：|]\s*[*_]*\s*([^\n*_|<]{2,60})", re.I | re.M)


def _developer_name(raw: str) -> str:
    """The name in a developer line, Markdown links reduced to their text (``[Abacus.AI](https://...)``)."""
    name = re.sub(r"\[([^\]]*)\]\([^)]*\)?", r"\1", raw)
    return name.strip().strip("[]").strip().rstrip(".,;")


def _stated_publisher(catalog: Catalog, name: str) -> str | None:
    """The catalogued publisher a developer line names: the whole name, or its first of several
    ("Mistral AI, in collaboration with ...", "Qwen and ...")."""
    return catalog.find_publisher(name) or catalog.find_publisher(name.split(",")[0].split(" and ")[0].strip())


_SOURCE_COMMENT = re.compile(r"<!--\s*source:\s*(https?://\S+?)\s*-->", re.I)


def _model_line_publisher(catalog: Catalog, label: str | None, *, by_prefix: bool = True) -> str | None:
    """The publisher of the catalog model that ``label`` names, or (``by_prefix``) of the model line it
    starts like. A prefix is weak evidence: ``Llama-3.1-Tulu-3-405B`` starts like Meta's line but is Ai2's."""
    if not label:
        return None
    r = resolve_model(label, catalog=catalog)
    if r.id:
        return catalog.models[r.id].publisher
    if by_prefix:
        for pid in catalog.publishers:
            if catalog.publisher_owns_label(pid, label) and _continues_line(catalog, pid, label):
                return pid
    return None


def _continues_line(catalog: Catalog, pid: str, label: str) -> bool:
    """Whether what follows the line's name in ``label`` is a version, a size, a variant word or nothing
    ("Qwen3.5 ...", "Mistral Small 3", "Yi: Open Foundation Models"), not another word that makes a name of
    its own ("GPT-Chinese", a dialogue model of another project)."""
    for p in catalog.publishers[pid].model_prefixes:
        m = match_prefix(p, label)
        if not m:
            continue
        rest = label[m.end():]
        nxt = re.match(r"[-_ ]?([A-Za-z]+)", rest)
        if not nxt or re.match(r"[-_ .]?[vV]?\d", rest) or nxt.group(1).lower() in _VARIANT_WORDS:
            return True
    return False


def detect_publisher(catalog: Catalog, sidecar: dict[str, Any], fm: dict[str, Any] | None, title: str | None,
                     text: str) -> tuple[str | None, str | None]:
    """(publisher id, how it was found). The model a card is about names its publisher more reliably than
    ``base_model`` does (a fine-tune's base belongs to another lab), so that comes last."""
    if sidecar.get("lab"):
        p = catalog.find_publisher(str(sidecar["lab"]).split("(")[0].strip())
        if p:
            return p, "source.json lab"
    for key in ("url",):
        org = _org_of(sidecar.get(key))
        if org and catalog.find_publisher(org):
            return catalog.find_publisher(org), f"source.json {key}"
    m = _SOURCE_COMMENT.search(text[:5000])
    if m and catalog.find_publisher(_org_of(m.group(1))):
        return catalog.find_publisher(_org_of(m.group(1))), "the document's source comment"
    if fm:
        for key in ("model_creator", "developer", "publisher", "organization"):
            if isinstance(fm.get(key), str) and catalog.find_publisher(fm[key]):
                return catalog.find_publisher(fm[key]), f"front matter {key}"
    stated = None  # the first developer line's name, when the catalog does not know it
    for m in _DEVELOPER_LINE.finditer(text[:30000]):
        name = _developer_name(m.group(1))
        pid = _stated_publisher(catalog, name)
        if pid:
            return pid, "the document's developer line"
        stated = stated or (name if re.match(r"[A-Za-z]", name) else None)
    index_name = str(((fm or {}).get("model-index") or [{}])[0].get("name") or "") if isinstance(
        (fm or {}).get("model-index"), list) and (fm or {}).get("model-index") else ""
    pid = _model_line_publisher(catalog, title, by_prefix=False)
    if pid:
        return pid, "title names the publisher's model"
    pid = _model_line_publisher(catalog, index_name, by_prefix=False)
    if pid:
        return pid, "front matter model-index name"
    if sidecar.get("repo"):
        org = str(sidecar["repo"]).split("/")[0]
        if catalog.find_publisher(org):
            return catalog.find_publisher(org), "source.json repo"
    name = _by_prose(text)
    if name and catalog.find_publisher(name):
        return catalog.find_publisher(name), "the document says who made the model"
    opening = _OPENING.search(text[:3000])
    if opening and catalog.find_publisher(opening.group(1)):
        return catalog.find_publisher(opening.group(1)), "the document's first sentence names the publisher"
    in_house = _in_house(text)
    if in_house:
        if catalog.find_publisher(in_house):
            return catalog.find_publisher(in_house), "the document says who made the model"
        stated = stated or in_house  # outweighs links to the labs of the models it is compared with
    if name and title and normalize(name) in {normalize(w) for w in re.split(r"[\s\-_/]+", title)}:
        stated = stated or name  # "developed by Gradient" in "Llama-3 8B Gradient Instruct 1048k": named later
    # the organisation hosting the models: Hugging Face / ModelScope links and repo ids in code snippets
    orgs: dict[str, int] = {}
    hosted: dict[str, list[str]] = {}  # the repositories linked under each catalogued organisation
    unknown: dict[str, int] = {}  # organisations the catalog does not know (BioMistral beside mistralai)
    unknown_repos: dict[str, set[str]] = {}  # ... and the distinct repositories linked under each
    own_repo = False  # a repository named as the title under an organisation the catalog does not know
    bases = (fm or {}).get("base_model")
    base_repos = {str(b).lower() for b in (bases if isinstance(bases, list) else [bases])
                  if isinstance(b, str) and "/" in b}
    for m in _HOSTED.finditer(text[:50000]):
        if "github.com" in m.group(0):
            continue  # code repositories: authors' accounts, not model hosts
        if f"{m.group(1)}/{m.group(2)}".lower() in base_repos:
            continue  # a link to the base model (front matter base_model) says who made the base, not this
        pid = catalog.find_publisher(m.group(1))
        if pid:
            orgs[pid] = orgs.get(pid, 0) + 1
            hosted.setdefault(pid, []).append(m.group(2))
        elif m.group(1).lower() not in _NOT_ORGS:
            unknown[m.group(1)] = unknown.get(m.group(1), 0) + 1
            unknown_repos.setdefault(m.group(1), set()).add(m.group(2).lower())
            if title and normalize(m.group(2)) == normalize(title):
                own_repo = True  # the card's own model ("GPT-Neo 2.7B" loaded from EleutherAI/gpt-neo-2.7B)
            elif title and len(normalize(m.group(1))) >= 4 and normalize(title).startswith(normalize(m.group(1))):
                own_repo = True  # an organisation the title is named after ("SeaLLMs - Large Language Models ...")
    if not own_repo and any(not catalog.find_publisher(o) for o in _titled_repo_orgs(title, text)):
        own_repo = True  # "# MixLoRA: ..." with github.com/TUDB-Labs/MixLoRA beside links to meta-llama's base
    own = own_model_prefix(title, sidecar, text) if not own_repo and unknown_repos else None
    if own and len(own) >= 4 and any(normalize(r).startswith(own) for repos in unknown_repos.values() for r in repos) \
            and not any(normalize(r).startswith(own) for repos in hosted.values() for r in repos):
        # "Model Card for Rene" loading cartesia-ai/Rene-v0.1-1.3b-pytorch, beside allenai's OLMo (its
        # tokenizer, a baseline): the models named like the card are hosted by an organisation named later
        own_repo = True
    if stated:
        # "Developed by: [Abacus.AI](...)" outweighs links to a base model's lab (meta-llama), not links to
        # the document's own models ("Developed by: DCLM Team" beside apple/DCLM-7B)
        own = own_model_prefix(title, sidecar, text)
        if not own or not any(normalize(r).startswith(own) for repos in hosted.values() for r in repos):
            return None, None
    if own_repo and not any(normalize(r) == normalize(title or "") for repos in hosted.values() for r in repos):
        # the card's own repository ("togethercomputer/Llama-2-7B-32K-Instruct") under an organisation the
        # catalog does not know outweighs links to the base model's lab (meta-llama): named later
        return None, None
    # an organisation the catalog does not know that hosts more distinct models than any catalogued one
    # ("hfl/llama-3-chinese-8b", "-instruct", "-v2", ... beside two links to meta-llama's base models)
    most_unknown = max((len(v) for v in unknown_repos.values()), default=0)
    hosts_more = most_unknown >= 3 and most_unknown > 2 * max((len(set(v)) for v in hosted.values()), default=0)
    if orgs and not hosts_more:
        best = max(orgs.items(), key=lambda kv: kv[1])
        if best[1] >= 2 and best[1] >= max(unknown.values(), default=0):
            return best[0], "links to the publisher's Hugging Face organisation"
    name = _developers_bold(text)
    if name:
        pid = _stated_publisher(catalog, name)
        if pid:
            return pid, "the document's developer line"
        return None, None  # a stated developer the catalog does not know outweighs a name's likeness (named later)
    if own_repo or hosts_more or unknown and max(unknown.values()) >= 2 and max(unknown.values()) > max(orgs.values(), default=0):
        # the models are hosted by an organisation the catalog does not know: it is named later ("GPT-J 6B"
        # loaded from EleutherAI/gpt-j-6B is not OpenAI's, whatever its name starts like)
        return None, None
    for label, how in ((title, "title starts like the publisher's model line"),
                       (index_name, "model-index name starts like the publisher's model line")):
        pid = _model_line_publisher(catalog, label)
        if pid:
            return pid, how
    pid = _claimed_publisher(catalog, text)
    if pid:
        return pid, "the prose calls the publisher's model line its own"
    if fm:
        tags = fm.get("tags")
        for t in tags if isinstance(tags, list) else []:
            if isinstance(t, str) and catalog.find_publisher(t):
                return catalog.find_publisher(t), "front matter tags"
        for key in ("license_link", "base_model"):
            vals = fm.get(key)
            for v in vals if isinstance(vals, list) else [vals]:
                if not isinstance(v, str):
                    continue
                org = _org_of(v) if "://" in v else (v.split("/")[0] if "/" in v else None)
                pid = catalog.find_publisher(org) if org else None
                if pid and (key != "base_model" or not title or catalog.publisher_owns_label(pid, title)):
                    # the base model's lab only for a card named like its line ("Vikhr-Nemo" built on
                    # mistralai/Mistral-Nemo-Instruct is not Mistral's)
                    return pid, f"front matter {key}"
    return None, None


# the first sentence of a card, "Meta Llama Guard 2 is an 8B parameter ... model": the lab, then its model
_OPENING = re.compile(r"(?:\A|\n)(?:#[^\n]*\n|\s)*([A-Z][\w&-]+)\s+[A-Z][\w.+-]*(?:\s+[\w.+-]+){0,3}?\s+is\s+an?\s")
_BY_PROSE = re.compile(r"\b(?i:developed|created|trained|built|released|published|open-sourced|launched)\s+by\s+"
                       r"(?:the\s+)?((?:[A-Z][\w.&-]*|[a-z]+[A-Z][\w.&-]*)(?:\s+(?:[A-Z][\w.&-]*|AI|Lab|Labs|Team))?)")
# the same in Chinese: "是由小米开发的" (developed by Xiaomi), "由上海人工智能实验室研发" -- in a sentence about a model
_BY_PROSE_ZH = re.compile(r"(?:模型|LLM|[A-Za-z][\w.-]*\d[\w.-]*)\s*(?:是|为)?由\s*([^\s，。,、的由]{2,20}?)\s*"
                          r"(?:团队|公司)?(?:独立)?(?:开发|研发|训练|发布|推出|打造)")
# the same in Korean and Japanese, developed in-house: "42dot에서 자체 개발한 생성형 언어 모델" (a generative language
# model 42dot developed itself), "Xが独自に開発した" -- a statement as strong as a "Developed by" line
_IN_HOUSE = re.compile(r"([^\s,.，。、()\[\]]{2,20}?)\s*(?:에서|이|가)\s*자체\s*(?:개발|제작|구축)한|"
                       r"([^\s,.，。、()\[\]]{2,20}?)\s*(?:が|で)\s*独自に?\s*開発した")
# a sentence about something else than the model ("GSM8K is a dataset released by OpenAI")
_NOT_ABOUT_MODEL = re.compile(r"\b(?:datasets?|benchmarks?|corpus|corpora|test ?sets?|leaderboards?|librar(?:y|ies)|"
                              r"frameworks?|toolkits?|tools?|methods?|papers?|evaluation|metrics?|questions?|problems?|"
                              r"tasks?|data)\b", re.I)


_ORG_ROOT = re.compile(r"https?://(?<![\w.-])huggingface\.co/([A-Za-z0-9_.-]+)/?(?=[\"')\s>])")
_NOT_ORGS = {"datasets", "spaces", "docs", "collections", "models", "blog", "papers", "join", "pricing", "login"}


_WE_MAKE = re.compile(r"\b(?:we|our\s+team)\s+(?:(?:are|'re)\s+(?:very\s+)?(?:pleased|happy|excited|proud|delighted|glad)\s+"
                      r"to\s+|(?:\w+\s+){0,2}?)(?:release|provide|introduce|present|open[- ]?source|"
                      r"launch|announce|develop|build|offer|publish)\w*\b", re.I)  # not "train": "we train Llama-2 ..."


# words between "we release" / "our" and a model's name that make it someone else's model
_NOT_A_CLAIM = re.compile(r"\b(?:to|for|with|on|of\s+the|from|than|against|like|vs\.?|versus|compared?)\b|['’]s\b|"
                          r"reproduc|replica|re-?implement|based\s+on|fine-?tun|distill", re.I)


@functools.lru_cache(maxsize=8)
def _sentences(text: str, limit: int) -> tuple[str, ...]:
    """The prose of a document's first ``limit`` characters, split into sentences (markup marks removed)."""
    head = re.sub(r"[*_`]", "", text[:limit])
    return tuple(s for s in re.split(r"(?<=[.!?])\s+|\n\s*\n", head) if re.search(r"\b(?:our|we)\b", s, re.I))


def claims_own_models(text: str, prefix: str | None, *, strict: bool = False, limit: int = 8000,
                      modified: bool = True) -> bool:
    """Whether the prose presents the models named PREFIX... as the authors' own ("We open-source our
    Aquila2 series", "the training code of MobileLLM introduced in our work"). ``strict`` (for a name the
    title did not give): "our PREFIX..." or "we release / provide / introduce ... PREFIX ..." only, so
    "we did not test Falcon-180B" claims nothing. ``modified=False``: "our PREFIX" only with nothing between
    ("our Multi-task LLaMA" is the authors' model made from another lab's line, no claim on the line)."""
    if not prefix:
        return False
    # the name as a whole word or followed by a version ("Yi-34B", "Aquila2"), spelt with or without
    # hyphens ("sealion" finds "SEA-LION"); "GPTQ" is not "gpt"
    spelt_prefix = spelt(prefix, "-_ ")
    word = re.compile(rf"\b{spelt_prefix}(?![A-Za-z])", re.I)
    # ... and in a strict claim used as a model's name: a version or size after it, or "models", "series"
    named = re.compile(rf"\b{spelt_prefix}(?:[-_ ]?v?\d|\s+(?:[\w.()-]+\s+){{0,2}}?(?:models?|series|family|LLMs?|"
                       r"checkpoints?|chat|base|instruct)\b|,\s+(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?(?:models?|LLMs?)\b)", re.I)
    # ("FinMA, a specialized model fine-tuned on LLaMA 7B": the name with an apposition saying it is a model)
    for sentence in _sentences(text, limit):
        if not word.search(sentence):  # (every sentence here says "we" or "our")
            continue
        if not strict:
            return True
        ours = re.search(rf"\bour\s+((?:[\w-]+\s+){{0,{3 if modified else 0}}}){spelt_prefix}(?![A-Za-z])", sentence, re.I)
        nxt = re.match(r"[\s-]*(\w+)", sentence[ours.end():]) if ours else None
        if ours and not _NOT_A_CLAIM.search(ours.group(1)) and not (nxt and _NOT_ABOUT_MODEL.fullmatch(nxt.group(1))):
            return True  # not "our results for the LLaMA model", nor "our generated ... code dataset"
        m = named.search(sentence)
        if not m:
            continue
        token = re.match(r"[\w.-]+", sentence[m.start():])
        if token and any(w.lower() not in _VARIANT_WORDS for w in re.findall(r"[A-Za-z]{3,}", token.group())[1:]):
            continue  # "We release ... Llama-3-VILA1.5-8B": a model of the authors' own line built on Llama 3
        we = _WE_MAKE.search(sentence)
        if we and we.end() <= m.start():
            between = sentence[we.end():m.start()]
            # "we provide a script to fine-tune Llama models" is about someone else's models
            # ... and "we present a reproduction of Meta AI's LLaMA" is not a claim on LLaMA
            # ... and a claim ends with its clause ("the examples we provide;\n [examples/NLG/] contains an
            # example implementation of LoRA in GPT-2": a list item after it names someone else's model)
            if len(between.split()) <= 10 and not _NOT_A_CLAIM.search(between) and not re.search(r"[;\n]", between):
                return True
    return False


# words a model line's own checkpoints carry after its name ("Llama-3-8B-Instruct"), unlike another line's
# name ("Llama-3-VILA1.5-8B")
_VARIANT_WORDS = {"instruct", "instruction", "chat", "base", "preview", "beta", "alpha", "final", "sft", "dpo", "rlhf",
                  "hf", "it", "pretrain", "pretrained", "tuned", "fine", "coder", "code", "math", "vision", "mini",
                  "small", "medium", "large", "lite", "turbo", "pro", "plus", "max", "flash", "thinking", "moe",
                  "gguf", "awq", "gptq", "int", "fp", "bf"}


def _claimed_publisher(catalog: Catalog, text: str) -> str | None:
    """The one catalogued publisher whose model line the prose calls its own ("we also provide quantized
    Yi chat models"), when the document names no organisation."""
    hits = {pid for pid, pub in catalog.publishers.items()
            if any(len(p) >= 2 and claims_own_models(text, p, strict=True, limit=60000, modified=False)
                   for p in pub.model_prefixes)}
    return hits.pop() if len(hits) == 1 else None


def _in_house(text: str) -> str | None:
    """X of "X에서 자체 개발한" / "Xが独自に開発した" (developed by X itself) in the opening prose, links and bold
    marks read as their text."""
    head = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text[:20000]).replace("**", "").replace("__", "")
    m = _IN_HOUSE.search(head)
    return (m.group(1) or m.group(2)) if m else None


def _by_prose(text: str) -> str | None:
    """X of the first "developed / released / launched by X" in the opening prose whose sentence is not
    about a dataset, benchmark, tool or method."""
    head = text[:20000]
    for m in _BY_PROSE.finditer(head):
        start = max(head.rfind(". ", 0, m.start()), head.rfind("\n", 0, m.start()), head.rfind("|", 0, m.start()))
        if _NOT_ABOUT_MODEL.search(head[start + 1:m.start()]):
            continue
        return m.group(1).strip().rstrip(".,;:")
    m = _BY_PROSE_ZH.search(head)  # "MiLM-6B 是由小米开发的一个大规模预训练语言模型"
    return m.group(1) if m else None


# where a document says which organisation hosts a model: links, and repo ids loaded in its code snippets
# code that loads a model by its repository id: from_pretrained("org/x"), model_path = 'org/x'
_LOAD_PREFIX = (r"from_pretrained\(\s*[\"']|\b(?:model|model_id|model_name|model_path|model_name_or_path|repo_id|"
                r"path|checkpoint)\s*=\s*[\"']")
_HOSTED = re.compile(r"(?:(?<![\w.-])huggingface\.co/(?:collections/)?|github\.com/|modelscope\.cn/models/|"
                     + _LOAD_PREFIX + r")([A-Za-z0-9_.-]+)/([A-Za-z0-9_.-]+)")
_DEVELOPERS_BOLD = re.compile(r"^[\s>*_|-]*\*\*(?:model\s+)?(?:developers?|authors?)\*\*\s*[:：]?\s*([^\n*_|<]{2,60})",
                              re.I | re.M)


def _developers_bold(text: str) -> str | None:
    """The name after "**Model Developers**" / "**Authors**" near the top, unless the line lists a paper's
    authors ("**Authors**: [A. Bounhar](https://scholar...) et al."): people, not who publishes the models."""
    m = _DEVELOPERS_BOLD.search(text[:30000])
    if not m:
        return None
    end = text.find("\n", m.start(1))
    line = text[m.start(1):end if end >= 0 else len(text)]
    name = m.group(1).strip().rstrip(".,;")
    return name if name and not re.search(r"\bet\s+al\b|\]\(", line) else None


def _named_publisher(catalog: Catalog, sidecar: dict[str, Any], fm: dict[str, Any] | None, title: str | None = None,
                     text: str = "") -> str | None:
    """A publisher the document names that the catalog does not know (kept as written): the source's lab or
    organisation, a front-matter field, the Hugging Face organisation that hosts models named like the
    document, or "developed by X" in its opening prose."""
    if sidecar.get("lab"):
        return str(sidecar["lab"]).strip()
    org = _org_of(sidecar.get("url"))
    if org:
        return org
    if fm:
        for key in ("model_creator", "developer", "publisher", "organization"):
            if isinstance(fm.get(key), str) and fm[key].strip():
                return fm[key].strip()
    for m in _DEVELOPER_LINE.finditer(text[:30000]):  # "- **Developed by:** [Abacus.AI](https://abacus.ai)"
        name = _developer_name(m.group(1))
        if re.match(r"[A-Za-z]", name):
            return name
    name = _developers_bold(text)  # "**Model Developers** Junbum Lee (Beomi)"
    if name:
        return name
    badge = badge_repo(text)
    if badge and not catalog.find_publisher(badge[0]):
        return badge[0]  # the repository's own CI badge: "github.com/natasha/slovnet/workflows/CI/badge.svg"
    org = next((o for o in _titled_repo_orgs(title, text) if not catalog.find_publisher(o)), None)
    if org:
        return org
    prefix = own_model_prefix(title, sidecar, text)
    if prefix and len(prefix) >= 4:
        # an organisation named after the model line: "VikhrModels" (GitHub, datasets) for "Vikhr-Nemo"
        named = [org for org in _org_mentions(text, fm) if normalize(org).startswith(prefix)
                 and not catalog.find_publisher(org)]  # a catalogued lab was ruled out above ("meta-llama")
        if named:
            return max(set(named), key=named.count)
    if prefix:
        orgs: dict[str, float] = {}
        whole = normalize(title or "")
        for m in _HOSTED.finditer(text[:50000]):
            # an organisation the catalog knows is the base model's lab here (the document's own publisher
            # was not found among them): "Llama-2-Ko" links meta-llama's Llama-2-7b; quantised copies
            # ("QuantFactory/NeuralDaredevil-8B-abliterated-GGUF") are hosted by whoever made them
            if normalize(m.group(2)).startswith(prefix) and m.group(1).lower() not in (
                    "datasets", "spaces", "docs", "collections", "models", "blob") and not catalog.find_publisher(
                    m.group(1)) and not _QUANTISED.search(m.group(2)):
                # the repository named exactly as the document's title is the model itself
                # ... and a model host (Hugging Face, code loading it) before a code repository (GitHub account)
                weight = 10 if whole and normalize(m.group(2)) == whole else 0.5 if "github.com" in m.group(0) else 1
                orgs[m.group(1)] = orgs.get(m.group(1), 0) + weight
        if orgs:
            return max(orgs.items(), key=lambda kv: kv[1])[0]
    name = _in_house(text) or _by_prose(text)
    if name and name.lower() not in ("the", "our", "a", "an"):
        return name
    m = _ORG_ROOT.search(text[:5000])  # a "Hugging Face" badge linking the organisation's own page
    if m and m.group(1).lower() not in _NOT_ORGS:
        return m.group(1)
    linked: dict[str, int] = {}
    for org, _ in linked_models(text):
        if not catalog.find_publisher(org):  # a catalogued lab was ruled out above (the base model's)
            linked[org] = linked.get(org, 0) + 1
    if linked and max(linked.values()) >= 2:
        return max(linked.items(), key=lambda kv: kv[1])[0]  # the organisation hosting the linked models
    loaded = [org for org, _ in code_loaded(text) if not catalog.find_publisher(org)]
    top = max(set(loaded), key=loaded.count) if loaded else None
    if top and loaded.count(top) > max(linked.values(), default=0):
        return top  # the organisation whose model the usage code loads (more often than any other is linked)
    return None


_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})(.*)$")  # a code fence and its info string
# where a title's name ends and its description starts: "K2: a fully reproducible ...", "X - a model for ..."
TITLE_SPLIT = re.compile(r"\s*(?::|\s[-–—]\s)\s*|(?<=[A-Za-z0-9])\s+(?=[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af])")
TITLED_REPO_SOURCE = "a repository named as the title"
_TITLED_REPO = re.compile(r"(?<![\w.-])(?:huggingface\.co/(?:datasets/|spaces/|collections/)?|github\.com/)"
                          r"([A-Za-z0-9_.-]+)/([A-Za-z0-9_.-]+)")


# a README's badges of its own repository's continuous integration and coverage
_SELF_BADGE = re.compile(r"(?:github\.com/([\w.-]+)/([\w.-]+)/(?:workflows|actions)/[^)\s]*badge|"
                         r"codecov\.io/gh/([\w.-]+)/([\w.-]+)|travis-ci\.(?:org|com)/([\w.-]+)/([\w.-]+))")


def badge_repo(text: str) -> tuple[str, str] | None:
    """(organisation, repository) of the README's own repository, as its CI or coverage badge names it near
    the top ("![CI](https://github.com/natasha/slovnet/workflows/CI/badge.svg)"), or None."""
    m = _SELF_BADGE.search(text[:5000])
    if not m:
        return None
    org, repo = next((m.group(i), m.group(i + 1)) for i in (1, 3, 5) if m.group(i))
    return org, re.sub(r"\.(?:svg|png)$", "", repo)


def _titled_repo_orgs(title: str | None, text: str, min_len: int = 5) -> Iterator[str]:
    """The organisations of the repositories (model, dataset, demo, collection, code) the document links that
    are named as its title or the title's head ("LoRA: Low-Rank Adaptation ..." -> github.com/microsoft/LoRA)."""
    bare = clean_label(title or "")  # "🌟 UI-Venus: Building ..." -> "UI-Venus: Building ..."
    names = {normalize(t) for t in (bare, TITLE_SPLIT.split(bare, maxsplit=1)[0])}
    names = {n for n in names if len(n) >= min_len}
    if names:
        for m in _TITLED_REPO.finditer(text[:50000]):
            repo = re.sub(r"-[0-9a-f]{16,}$|\.git$", "", m.group(2))  # a collection's id suffix; a clone URL's ".git"
            if normalize(repo) in names:
                yield m.group(1)


def _org_mentions(text: str, fm: dict[str, Any] | None) -> list[str]:
    """Organisations a document names as hosts: links and code (``_HOSTED``), and its front matter's
    ``datasets`` / ``base_model`` repository ids."""
    out = [m.group(1) for m in _HOSTED.finditer(text[:50000]) if m.group(1).lower() not in _NOT_ORGS]
    for key in ("datasets", "base_model"):
        vals = (fm or {}).get(key)
        out += [v.split("/")[0] for v in (vals if isinstance(vals, list) else [vals])
                if isinstance(v, str) and v.count("/") == 1]
    return out


_QUANTISED = re.compile(r"(?:^|[-_.])(?:gguf|ggml|gptq|awq|exl2|mlx|\d+(?:_\d+)?bpw|int[48]|q[2-8]_k\w*|fp8|nf4|bnb)"
                        r"(?:$|[-_.])", re.I)


_GENERIC_TITLE = re.compile(r"^(table of contents|contents|introduction|overview|readme|news|updates?|open llm leaderboard(?: evaluation)? results|"
                            r"quick ?start|usage|license|citation|update notice|news and updates|目录|目錄|简介|介绍|模型介绍|最新动态|新闻|更新)$", re.I)
_GENERIC_WORDS = {"table", "contents", "models", "introduction","model", "card", "for", "the", "readme", "official", "introducing", "about",
                  "evaluation", "evaluations", "results", "benchmark", "benchmarks", "release", "technical", "report",
                  "docs", "documentation", "our", "new", "and", "performance", "update", "updates", "notice",
                  "news", "announcement", "important", "note"}


_MODEL_LINK = re.compile(r"(?<![\w.-])huggingface\.co/(?:collections/)?([A-Za-z0-9_.-]+)/([A-Za-z0-9_.-]+)")


def linked_models(text: str) -> list[tuple[str, str]]:
    """(organisation, repository) of the Hugging Face model links in a document (datasets and spaces left out)."""
    return [(m.group(1), m.group(2)) for m in _MODEL_LINK.finditer(text[:50000])
            if m.group(1).lower() not in ("datasets", "spaces", "docs", "collections", "models", "blog", "papers")]


def _first_word(text: str) -> str | None:
    """The first name-like word: letters, with a capitals-only hyphenated name kept whole (``SEA-LION`` ->
    ``sealion``, so ``SeaLLM`` is not taken for it; ``xLAM-fc-r`` -> ``xlam``); a dotted one too (``A.X 4.0`` ->
    ``ax``)."""
    for word in re.findall(r"\b[A-Z]{2,}(?:-[A-Z]{2,})+\b(?!-?\d)|\b[A-Z](?:\.[A-Z])+\b|[A-Za-z][A-Za-z]+", text):
        if len(word) >= 3 and word.lower() not in _GENERIC_WORDS:
            return normalize(word)
    return None


def own_model_prefix(title: str | None, sidecar: dict[str, Any], text: str = "") -> str | None:
    """The name the publisher's own models start with, from the document's title or repository
    (``EXAONE 4.0`` -> ``exaone``); used for first-party when neither model nor publisher is catalogued. A
    title that names no model ("Model Instruction") gives way to the models the document links to
    (``huggingface.co/Salesforce/xLAM-7b-fc-r`` -> ``xlam``)."""
    cands = [title or ""]
    hf = re.match(r"https?://huggingface\.co/[^/\s]+/([^/\s]+)", str(sidecar.get("url") or ""))
    if hf:
        cands.append(hf.group(1))
    if sidecar.get("repo"):
        cands.append(str(sidecar["repo"]).split("/")[-1])
    prefix = next((w for w in (_first_word(c) for c in cands) if w), None)
    # (a title naming a linked repository, "# MixLoRA: ..." with github.com/TUDB-Labs/MixLoRA, keeps its name)
    if text and not hf and (prefix is None or not re.search(r"\d", title or "")) and not (
            prefix and next(_titled_repo_orgs(title, text), None)):
        names = [n for _, n in linked_models(text)]
        if names and not (prefix and any(normalize(n).startswith(prefix) for n in names)):
            words: dict[str, int] = {}
            for n in names:
                w = _first_word(n)
                if w:
                    words[w] = words.get(w, 0) + 1
            # a linked line the title names ("Absolute-Rating ... Reward Model (ArmoRM)" links ArmoRM-Llama3-8B)
            # (not the base a title names, "BERTa (RoBERTa-based Catalan language model)" linking roberta-base-ca)
            named = normalize(re.sub(r"[\w.+]+(?:-[\w.+]+)*?[-\s]based\b", " ", title or "", flags=re.I))
            in_title = [w for w in words if w in named]
            if len(in_title) == 1:
                return in_title[0]
            # a title that gives a name yields only to a line linked more than once (one link to a base
            # model, "deepseek-coder-6.7b-base", does not rename "OpenCodeInterpreter")
            if words and (prefix is None or max(words.values()) >= 2):
                return max(words.items(), key=lambda kv: kv[1])[0]
        if prefix is None and not names:  # no title, no links: the model its code loads ("LLM4Binary/llm4decompile-...")
            loaded = [_first_word(name) for _, name in code_loaded(text)]
            loaded = [w for w in loaded if w]
            if loaded:
                return max(set(loaded), key=loaded.count)
    return prefix


_CODE_LOAD = re.compile(f"(?:{_LOAD_PREFIX})" + r"([A-Za-z0-9_.-]+)/([A-Za-z0-9_.-]+)[\"']")


def code_loaded(text: str) -> list[tuple[str, str]]:
    """(organisation, repository) of the models a document's code loads (``from_pretrained("org/x")``,
    ``model_path = 'org/x'``)."""
    return [(m.group(1), m.group(2)) for m in _CODE_LOAD.finditer(text[:50000])]


def read_document(path: str | Path, catalog: Catalog, *, publisher: str | None = None, origin: str | None = None,
                  data: bytes | None = None, source_kind: str | None = None) -> SourceDoc:
    p = Path(path)
    label = str(path)
    if data is None:
        try:
            if p.is_dir():
                raise InputError("is a directory", path=label)
            size = p.stat().st_size
            if size > MAX_BYTES:
                raise InputError(f"too large ({size // 1024 // 1024} MiB; the limit is {MAX_BYTES // 1024 // 1024} MiB)",
                                 path=label)
            data = p.read_bytes()
        except OSError as exc:
            raise InputError(f"cannot read file: {exc.strerror or exc}", path=label) from None
    elif len(data) > MAX_BYTES:
        raise InputError("too large", path=label)
    text = _decode(data, label)
    sidecar = read_sidecar(p) if p.exists() else {}
    fm = None
    fm_end = 0
    m = _FM.match(text)
    if m:
        try:
            loaded = yaml.safe_load(m.group(1))
            fm = loaded if isinstance(loaded, dict) else None
        except yaml.YAMLError:
            fm = None
        fm_end = m.group(0).count("\n")
    lines = text.split("\n")
    suffix = p.suffix.lower()
    kind = "html" if suffix in (".html", ".htm") else "text" if suffix == ".txt" else "markdown"
    headings: list[Heading] = []
    fences: list[tuple[int, int]] = []
    fence_start = None
    fence_mark = ""
    for i, line in enumerate(lines, start=1):
        if i <= fm_end:
            continue
        fm_ = _FENCE.match(line)
        # (CommonMark: "```pip install x```" is code inline, no fence; only a bare fence at least as long as
        # the opening one closes it)
        if fm_ and fence_start is None and not (fm_.group(1)[0] == "`" and "`" in fm_.group(2)):
            fence_start, fence_mark = i, fm_.group(1)
            continue
        if fm_ and fence_start is not None and fm_.group(1)[0] == fence_mark[0] and \
                len(fm_.group(1)) >= len(fence_mark) and not fm_.group(2).strip():
            fences.append((fence_start, i))
            fence_start = None
            continue
        if fence_start is not None or kind == "text":
            continue
        h = _ATX.match(line)
        if h:
            text_h = _clean_heading(h.group(2))
            if text_h:  # an empty heading ("##") closes nothing
                headings.append(Heading(i, len(h.group(1)), text_h))
            continue
        for hm in _HTML_H.finditer(line):
            headings.append(Heading(i, int(hm.group(1)), _clean_heading(hm.group(2))))
        b = _BOLD_LINE.match(line)
        if b and "|" not in line:
            headings.append(Heading(i, 7, _clean_heading(b.group(2))))
    if fence_start is not None:
        fences.append((fence_start, len(lines)))
    # an HTML heading written over several lines (``<h1>\n  Name\n</h1>`` in a centred <div>)
    if kind != "text":
        head_text = "\n".join(lines[:400])
        known = {h.line for h in headings}
        for hm in _HTML_H.finditer(head_text):
            at = head_text.count("\n", 0, hm.start())
            if "\n" in hm.group(0) and at not in known and not any(a <= at <= b for a, b in fences):
                text_h = _clean_heading(hm.group(2))
                if text_h:
                    headings.append(Heading(at, int(hm.group(1)), text_h))
        headings.sort(key=lambda h: h.line)
    footnotes: dict[str, str] = {}
    for line in lines[fm_end:]:
        plain = re.sub(r"<[^>]*>", " ", line).strip()
        m = _FOOTNOTE.match(plain)
        if m and "|" not in plain:
            mark = (m.group(1) or m.group(2)).replace("\\", "")
            footnotes.setdefault(mark, m.group(3).strip())
    tops = [h.text for h in headings if h.level == 1 and not _GENERIC_TITLE.match(h.text)]
    # a title that names something in Latin letters (a model) before one that does not ("目录", "模型介绍")
    title = next((t for t in tops if own_model_prefix(t, {})), None) or next(iter(tops), None) or \
        sidecar.get("title")
    if not sidecar.get("url"):
        sm = _SOURCE_COMMENT.search(text[:5000])  # a saved page that names where it came from
        if sm:
            sidecar = {**sidecar, "url": sm.group(1)}
    hf = re.match(r"https?://huggingface\.co/([^/\s]+/[^/\s]+)/?$", str(sidecar.get("url") or ""))
    if hf and (not title or not (resolve_model(title, catalog=catalog).id
                                 or any(catalog.publisher_owns_label(p_, title) for p_ in catalog.publishers))):
        title = hf.group(1).split("/")[-1]
    if not title and fm and isinstance(fm.get("model-index"), list) and fm["model-index"]:
        title = (fm["model-index"][0] or {}).get("name")
    if not title and headings and headings[0].level == 2 and re.search(r"\d", headings[0].text) and \
            own_model_prefix(headings[0].text, {}) and not _GENERIC_TITLE.match(headings[0].text):
        title = headings[0].text  # no "#" title: a first "## Vikhr-Nemo-12B-Instruct" names the model
    if not title and kind == "text":
        title = next((ln.strip() for ln in lines[:15] if len(re.findall(r"[A-Za-z]{2,}", ln)) >= 2), None)
    if publisher:
        pub, how = (catalog.find_publisher(publisher) or publisher), "given"
    else:
        pub, how = detect_publisher(catalog, sidecar, fm, title, text)
        if pub is None:
            named = _named_publisher(catalog, sidecar, fm, title, text)
            if named:
                pub, how = named, "named by the document (not in the publisher catalog)"
            else:  # last: a catalogued organisation whose repository is named as the title (microsoft/LoRA)
                pub = next((p for p in map(catalog.find_publisher, _titled_repo_orgs(title, text, min_len=4)) if p), None)
                how = TITLED_REPO_SOURCE if pub else how
    url = sidecar.get("url")
    repo = sidecar.get("repo")
    doc = Document(
        doc_id=content_id(data),
        source_kind=source_kind or ("report" if kind == "text" else "model_card"),
        title=title or p.name,
        url=url,
        repo=repo,
        path=sidecar.get("path") if repo else None,
        revision=sidecar.get("commit") or sidecar.get("revision"),
        retrieved=sidecar.get("retrieved"),
        publisher=pub,
        origin=origin or str(p),
    )
    return SourceDoc(label, text, lines, doc, fm, fm_end, headings, fences, kind, pub, how, sidecar, footnotes)


def _clean_heading(text: str) -> str:
    s = re.sub(r"<[^>]*>", "", text)
    s = re.sub(r"(\*\*|__|\*|_|`)", "", s)
    s = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", s)
    return re.sub(r"\s+", " ", s).strip()
