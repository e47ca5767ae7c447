from .local import HeldSegment as HeldSegment
from .schema import applied as applied
from .server import describe as describe
from .server import init_server as init_server
from .session import TeamMemory as TeamMemory
from .session import TeamState as TeamState
from .session import open_memory as open_memory
from .session import open_upkeep as open_upkeep
