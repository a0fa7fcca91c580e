"""Customer care (issue 20): customer grades and their contact plans, the return-visit schedule, the visits due,
recording a planned visit, the monthly visit plan and the visit record form."""
