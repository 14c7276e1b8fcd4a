"""The metadata schema shared by extraction, ingestion and `manage.py extract --json`."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

DOC_TYPES = ("thong_bao_ket_luan", "ket_luan", "nghi_quyet", "chi_thi", "bao_cao", "news", "other")
MEETING_TYPES = ("ban_chap_hanh", "ban_thuong_vu", "thuong_truc", "lam_viec", "dai_hoi", "other")
LEVELS = ("province", "district", "commune", "other")
ROLES = ("chủ trì", "kết luận", "trình bày", "phát biểu", "ký")


@dataclass
class OfficialMention:
    name: str
    titles: list[str] = field(default_factory=list)  # as written
    roles: list[str] = field(default_factory=list)  # in this document: chủ trì, phát biểu, ...
    positions: list[str] = field(default_factory=list)  # the titles' normalised roles (roles.py)


@dataclass
class Metadata:
    title: str | None = None
    doc_type: str | None = None
    number: str | None = None
    date: str | None = None  # "YYYY-MM-DD", "YYYY-MM" or "YYYY": the precision that is known
    province: str | None = None  # canonical name as of the document's date
    province_current: str | None = None  # successor after the 2025 reorganisation
    level: str | None = None
    meeting_type: str | None = None
    term: str | None = None
    session_no: str | None = None
    period: str | None = None
    chair: str | None = None
    signer: str | None = None
    officials: list[OfficialMention] = field(default_factory=list)
    references: list[str] = field(default_factory=list)
    # field name -> the span of text that decided it (not part of the printed schema)
    evidence: dict[str, str] = field(default_factory=dict, repr=False)
    # field name -> how far the rule that decided it is trusted (confidence.py; not printed either)
    confidence: dict[str, float] = field(default_factory=dict, repr=False)
    # field name -> the rule that decided it, as confidence.rule_keys names it (not printed)
    rules: dict[str, str] = field(default_factory=dict, repr=False)

    def to_json_dict(self) -> dict:
        """The schema of DESIGN.md, in its field order, without the evidence, confidence and rules."""
        data = asdict(self)
        data.pop("evidence")
        data.pop("confidence")
        data.pop("rules")
        return data
