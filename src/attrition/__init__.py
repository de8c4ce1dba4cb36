"""attrition: turn news about war losses into a checked ledger of claims.

Pipeline: ingest -> extract -> store -> reference -> reconcile -> report / web.

``from attrition import extract`` gives the extraction function.  (The function
shadows the ``attrition.extract`` package attribute on purpose; import the
package's modules with ``from attrition.extract.<module> import ...``.)
"""
__version__ = "0.1.0"

from attrition.model import Claim  # noqa: E402
from attrition.extract import extract  # noqa: E402

__all__ = ["Claim", "extract", "__version__"]
