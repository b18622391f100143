"""`hronika evaluate` and `hronika bench`: every score against gold annotation, and speed."""
