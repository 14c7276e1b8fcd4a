"""XLSX: openpyxl in write-only mode (rows go to a temporary file as they come, never all held
in memory), a frozen bold header, set column widths, and a second sheet with the record."""

from __future__ import annotations

from collections.abc import Iterable
from typing import BinaryIO

from django.utils.translation import gettext_lazy as _
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from .cells import FORMULA_STARTS, printable
from .columns import COLUMNS
from .record import record_lines

CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
EXTENSION = "xlsx"
RESULTS_SHEET = _("Kết quả")
RECORD_SHEET = _("Truy vấn")
MAX_CELL_CHARS = 32_767  # Excel's limit for one cell


def _text_cell(sheet, value: str):
    """A cell that holds ``value`` as text: openpyxl would store "=..." as a formula."""
    cell = WriteOnlyCell(sheet, value=value)
    cell.data_type = "s"
    return cell


def _values(sheet, row: tuple[str, ...]) -> list:
    values = []
    for value in row:
        if not value:
            values.append(None)  # an empty cell, not an empty string
            continue
        value = printable(value)[:MAX_CELL_CHARS]
        values.append(_text_cell(sheet, value) if value.startswith(FORMULA_STARTS) else value)
    return values


def write(rows: Iterable[tuple[str, ...]], record: dict, out: BinaryIO) -> None:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(str(RESULTS_SHEET))
    sheet.freeze_panes = "A2"
    for index, column in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    bold = Font(bold=True)
    header = []
    for column in COLUMNS:
        cell = WriteOnlyCell(sheet, value=column.header)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    for row in rows:
        sheet.append(_values(sheet, row))

    info = workbook.create_sheet(str(RECORD_SHEET))
    info.column_dimensions["A"].width = 32
    info.column_dimensions["B"].width = 100
    wrap = Alignment(wrap_text=True, vertical="top")
    for label, value in record_lines(record):
        label_cell = WriteOnlyCell(info, value=label)
        label_cell.font = bold
        value_cell = _text_cell(info, printable(value))
        value_cell.alignment = wrap
        info.append([label_cell, value_cell])
    workbook.save(out)
