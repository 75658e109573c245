"""scan: environmental scans and the command line."""
