"""The Textual app and the command line. Presents; never parses article text itself."""
