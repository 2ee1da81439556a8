"""The seed articles' source ids, as the tests cite them."""

S000, S001, S002, S003, S004 = (
    "000_28a4f01e0b9fa714",
    "001_b51f9af0961c45b9",
    "002_9dc1b02c6a8ded7f",
    "003_aee69fe055a80300",
    "004_2915397796caa3a2",
)
