"""민원 데스크 (minwon_desk): the front desk of a Korean public agency, run by its service charter."""

__version__ = "0.1.0"
