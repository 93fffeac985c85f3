"""Paper sizes (width x height in mm, portrait) a document may be set on.

F4 (Folio, 215 x 330 mm) is the paper of regional decrees (Permendagri
1/2023 on tata naskah dinas); the others are the common alternatives.  The
default paper, font and margins are the defaults of ``Pengaturan``.
"""

KERTAS_MM = {"F4": (215, 330), "A4": (210, 297), "Legal": (216, 356), "Letter": (216, 279)}
