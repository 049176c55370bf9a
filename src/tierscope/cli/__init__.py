"""The ``tierscope`` command line: thin click commands over ``tierscope.query`` and ``tierscope.store``."""
