"""Team-server sync (issue 10, PRODUCT.md §8). No Qt.

- tables.py   which tables sync (every table of Base.metadata except the local bookkeeping) and how values travel
- capture.py  SQLite triggers writing every local change to sync_outbox; staging with per-field HLC stamps
- merge.py    applying a change: per-field last-writer-wins by (HLC, consultant, laptop), conflicts, tombstones
- server.py   the PostgreSQL side: `jobcrm server init/status/add-user`, push and pull
- service.py  TeamSyncService, the real `Services.sync` (jobcrm/services/sync_api.py is the contract)
"""
