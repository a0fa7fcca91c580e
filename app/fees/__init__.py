"""The fees room (R11): fee items and rates, meter readings, the month's charges, payments and receipts, the
ledger per tenancy, deposits, arrears with their ageing and chasing log, and their printouts and registers."""
