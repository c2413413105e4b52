"""Readers: everything that turns a published file or text into tables or items.

:func:`progress_nlp.load_report` (in :mod:`progress_nlp.report`) picks the
reader by the content and builds the :class:`~progress_nlp.Report`; the
modules here only read.

Modules: :mod:`.text` (text layouts: cells, pipes, CSV/TSV, blocks,
columns; pinyin, captions, :func:`~.text.decode`), :mod:`.html`,
:mod:`.office` (.xlsx/.docx), :mod:`.pdf`, :mod:`.grid` (the
:class:`~.grid.Grid` every table reader returns), :mod:`.header`
(column roles), :mod:`.align` (cells under columns), :mod:`.tables`
(grids into tables and rows), :mod:`.prose` (articles),
:mod:`.named_lists` (projects named under one verdict), :mod:`.fields`
(one card of labelled fields per project).

Entry points, by layout:

* plain text: :func:`.text.decode` (bytes), then :func:`.text.text_readings`
  (grids, the layout :func:`.text.sniff` names first);
* HTML: :func:`.html.read_html`; .xlsx/.docx: :func:`.office.read_xlsx`,
  :func:`.office.read_docx`; PDF: :func:`.pdf.read_pdf` (grids and page text);
* grids of any of them into tables: :func:`.tables.read_tables` (with
  :func:`.header.header_words`);
* text with no table: :func:`.fields.read_fields` (cards),
  :func:`.prose.read_prose` (articles), :func:`.named_lists.read_named_lists`
  (verdict lists, inside prose and around tables).
"""
