"""Adapters to other engines (datatrove).  Each one imports its engine lazily: importing
``cleanroom`` never imports them, and a missing engine gives an install hint."""
