"""fwgdesk: the desk of a national focal point.

For the Review Mechanism of the UN Convention against Transnational Organized Crime and
its Firearms Protocol.
"""

__version__ = "0.1.0"
