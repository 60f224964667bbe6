"""Attribution: quotations and their speakers, and the agency that reports."""
