"""The WordprocessingML layer: every element our code writes by hand.

Like python-docx's own ``docx.oxml``, the rest of the program asks for a
named thing (a repeated header row, a PAGE field, a watermark) and never
writes XML itself.  Each child goes in at its place in the schema order
(``urutan``); ``rapikan`` only normalises the output of docxtpl, which we do
not control.  ``warisan`` holds the quirks the shipped templates carry.
Tracked changes (``word.lacak``) rewrite whole documents at this level and
insert their revision marks through ``urutan`` too.
"""
