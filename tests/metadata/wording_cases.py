"""Short reports of our own, one per way a page words a Party meeting, for the wording-variation
suite (test_wording_variations.py): committees' meetings in wording_committees.py, other events and
pages with none in wording_events.py, chairs in wording_chairs.py. Each names the DESIGN.md
"Metadata" convention it checks and the meeting type, level and chair that convention gives. "¦"
marks a space inside a committee's name where a page may break the line; "headline_only" cases
name the meeting, or its body, in the headline alone.
"""

from __future__ import annotations

from dataclasses import dataclass

BCH = "meeting_type ban_chap_hanh: Hội nghị BCH / Hội nghị Tỉnh ủy"
BTV = "meeting_type ban_thuong_vu"
TT = "meeting_type thuong_truc"
LV = "meeting_type lam_viec: working session with a unit; level: the host committee"
DH = "meeting_type dai_hoi; chair null unless the text says who chaired"
OTHER = "meeting_type other: a Party event that is none of these"
NONE = "meeting_type null: no Party meeting"
CHAIR = "chair: the person the text says chủ trì, else who opened, directed or concluded"
VISITOR = "chair: for a working session, the visiting leader"
BCH_OWN = "gold: a Ban Chấp hành's own conference (học tập, quán triệt) is ban_chap_hanh"

AN = "Nguyễn Văn An"
BINH = "Trần Thị Bình"
CUONG = "Lê Minh Cường"


@dataclass(frozen=True)
class Case:
    name: str
    convention: str
    headline: str
    body: str
    meeting_type: str | None
    level: str | None
    chair: str | None
    headline_only: bool = False


CHAIRED = f" Đồng chí {AN}, Bí thư Tỉnh ủy chủ trì hội nghị."
