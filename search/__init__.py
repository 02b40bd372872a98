"""The Whoosh index: schema, incremental updates, queries and highlights.

Never imports Textual; the app and the command line both sit on top of it.
"""
