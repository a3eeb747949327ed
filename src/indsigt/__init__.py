"""indsigt: protect health staff names in citizen views and make access logs understandable."""

__version__ = "0.1.0"
