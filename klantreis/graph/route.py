"""All graph logic of a journey, on networkx (imported when first needed).

The journey graph is a DiGraph with one node per touchpoint and one edge per transition. Loops
(transitions of kind ``terugkeer``, and any other edge that closes a cycle) are set aside to get
the *route*: a DAG that gives the display numbers, the start and end points and the routes.
"""

from __future__ import annotations

import graphlib
import heapq
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING

from klantreis.lazy import lazy_module
from klantreis.model import derived
from klantreis.model.entities import TouchpointKind, TransitionKind
from klantreis.model.journey import Change, Journey

if TYPE_CHECKING:
    import networkx as nx
else:
    nx = lazy_module("networkx")

MAX_ROUTES = 1000
MAX_LOOPS = 200


def build_graph(journey: Journey) -> nx.DiGraph:
    """Nodes: touchpoint ids (attrs: phase index, list position, kind). Edges: transitions."""
    phase_index = {p.id: i for i, p in enumerate(journey.phases)}
    graph = nx.DiGraph()
    for position, tp in enumerate(journey.touchpoints):
        graph.add_node(tp.id, phase=phase_index[tp.phase_id], position=position, kind=tp.kind)
    for tr in journey.transitions:
        graph.add_edge(tr.source_id, tr.target_id, id=tr.id, kind=tr.kind, label=tr.label)
    return graph


def _order_key(graph: nx.DiGraph):
    return lambda node: (graph.nodes[node]["phase"], graph.nodes[node]["position"])


def loop_edges(graph: nx.DiGraph) -> set[tuple[str, str]]:
    """Edges to set aside to make the route acyclic: every ``terugkeer`` transition, then, cycle
    by cycle, the edge of the cycle that goes furthest back."""
    back = {(u, v) for u, v, kind in graph.edges(data="kind") if kind == TransitionKind.TERUGKEER}
    rest = nx.DiGraph(graph)
    rest.remove_edges_from(back)
    key = _order_key(graph)
    while True:
        try:
            cycle = nx.find_cycle(rest, source=sorted(rest.nodes, key=key))
        except nx.NetworkXNoCycle:
            break
        # set aside the edge that goes furthest back in (phase, list position)
        u, v = max(((e[0], e[1]) for e in cycle), key=lambda e: (key(e[0]) >= key(e[1]), key(e[0])))
        rest.remove_edge(u, v)
        back.add((u, v))
    return back


def route_dag(graph: nx.DiGraph, loops: set[tuple[str, str]] | None = None) -> nx.DiGraph:
    """The graph without its loop edges (``loops``, when already known): acyclic."""
    dag = nx.DiGraph(graph)
    dag.remove_edges_from(loop_edges(graph) if loops is None else loops)
    return dag


def route_order(graph: nx.DiGraph) -> list[str]:
    """Touchpoint ids in route order: a topological order of the route, ties broken by phase,
    then by the touchpoint's place in the list."""
    return list(nx.lexicographical_topological_sort(route_dag(graph), key=_order_key(graph)))


@dataclass(frozen=True)
class Step:
    """A transition on the route (not a loop): from ``source``, of ``kind``, with ``label``."""

    source: str
    kind: TransitionKind
    label: str


@dataclass(frozen=True)
class Route:
    """The route order and, per touchpoint, the route steps that arrive there (one per pair of
    touchpoints, as in the graph), worked out once per state of the route. Shared between
    callers: never change them."""

    order: tuple[str, ...]
    incoming: Mapping[str, tuple[Step, ...]]


def journey_route(journey: Journey) -> Route:
    """Without networkx when the transitions other than ``terugkeer`` make no cycle (the usual
    journey, and so the first window); with it otherwise."""
    def compute() -> Route:
        order = acyclic_route_order(journey)
        if order is None:
            graph = build_graph(journey)
            loops = loop_edges(graph)
            order = tuple(nx.lexicographical_topological_sort(
                route_dag(graph, loops), key=_order_key(graph)))
        else:
            loops = {(tr.source_id, tr.target_id) for tr in journey.transitions
                     if tr.kind == TransitionKind.TERUGKEER}
        steps: dict[str, dict[str, Step]] = {node: {} for node in order}
        for tr in journey.transitions:  # (a later transition between the same pair wins)
            if (tr.source_id, tr.target_id) not in loops:
                steps[tr.target_id][tr.source_id] = Step(tr.source_id, tr.kind, tr.label)
        incoming = MappingProxyType({node: tuple(by_source.values()) for node, by_source in steps.items()})
        return Route(order, incoming)
    return derived.remember(_route_table(journey), "route", compute)


def display_numbers(journey: Journey) -> Mapping[str, int]:
    """The numbers shown on the cards and in the PDF: 1, 2, ... in route order. Worked out once
    per state of the route (read-only: the mapping is shared)."""
    def compute() -> Mapping[str, int]:
        order = journey_route(journey).order
        return MappingProxyType({node: n for n, node in enumerate(order, start=1)})
    return derived.remember(_route_table(journey), "display_numbers", compute)


def changes_route(change: Change) -> bool:
    """Whether ``change`` may change the route order (and so the display numbers): a
    transition, a phase or touchpoint added, removed or moved, a touchpoint to another phase.
    A title, a place on the canvas or a quote does not."""
    if change.kind == "transition":
        return True
    if change.kind not in ("phase", "touchpoint"):
        return False
    if change.action != "updated":
        return True
    return change.kind == "touchpoint" and change.old.phase_id != change.new.phase_id


def _forget_route(values: dict, change: Change) -> None:
    if changes_route(change):
        values.clear()


def _route_table(journey: Journey) -> dict:
    return derived.table(journey, "route", _forget_route)


def acyclic_route_order(journey: Journey) -> tuple[str, ...] | None:
    """The route order by the standard library (graphlib), for a journey whose transitions
    other than ``terugkeer`` make no cycle: those are then its only loop edges, and the order is
    the same lexicographical topological sort as :func:`route_order`. None for any other."""
    phase_index = {p.id: i for i, p in enumerate(journey.phases)}
    key = {tp.id: (phase_index[tp.phase_id], n) for n, tp in enumerate(journey.touchpoints)}
    sorter: graphlib.TopologicalSorter = graphlib.TopologicalSorter({node: () for node in key})
    for tr in journey.transitions:
        if tr.kind != TransitionKind.TERUGKEER:
            sorter.add(tr.target_id, tr.source_id)
    try:
        sorter.prepare()
    except graphlib.CycleError:
        return None
    ready = [(key[node], node) for node in sorter.get_ready()]
    heapq.heapify(ready)
    order = []
    while ready:
        _, node = heapq.heappop(ready)
        order.append(node)
        sorter.done(node)
        for follower in sorter.get_ready():
            heapq.heappush(ready, (key[follower], follower))
    return tuple(order)


def start_points(graph: nx.DiGraph) -> list[str]:
    """Where the journey starts: touchpoints without incoming route edges in the earliest phase
    that has touchpoints (or the first touchpoint when every node is on a cycle)."""
    if not graph:
        return []
    dag = route_dag(graph)
    key = _order_key(graph)
    first_phase = min(graph.nodes[n]["phase"] for n in graph)
    starts = [n for n in graph if graph.nodes[n]["phase"] == first_phase and dag.in_degree(n) == 0]
    return sorted(starts, key=key) or [min(graph.nodes, key=key)]


def end_points(graph: nx.DiGraph) -> list[str]:
    """Touchpoints where a route ends: no outgoing route edge."""
    dag = route_dag(graph)
    return sorted((n for n in dag if dag.out_degree(n) == 0), key=_order_key(graph))


def unreachable(graph: nx.DiGraph) -> list[str]:
    """Touchpoints that cannot be reached from a start point."""
    reached: set[str] = set()
    for start in start_points(graph):
        reached |= {start} | nx.descendants(graph, start)
    return sorted((n for n in graph if n not in reached), key=_order_key(graph))


def dead_ends(graph: nx.DiGraph) -> list[str]:
    """Touchpoints where the route stops before the end: no way forward, not in the last phase
    that has touchpoints and not a milestone (mijlpaal)."""
    if not graph:
        return []
    last_phase = max(graph.nodes[n]["phase"] for n in graph)
    return [
        n for n in end_points(graph)
        if graph.out_degree(n) == 0
        and graph.nodes[n]["phase"] != last_phase
        and graph.nodes[n]["kind"] != TouchpointKind.MIJLPAAL
        and graph.degree(n) > 0
    ]


def isolated(graph: nx.DiGraph) -> list[str]:
    """Touchpoints without any transition (only when there is more than one touchpoint)."""
    if graph.number_of_nodes() < 2:
        return []
    return sorted(nx.isolates(graph), key=_order_key(graph))


def loops(graph: nx.DiGraph, limit: int = MAX_LOOPS) -> list[list[str]]:
    """Cycles of the journey (each a list of touchpoint ids, starting at its first touchpoint
    along the route), at most ``limit``, in route order: the same every time (networkx finds
    them in an order that depends on set iteration)."""
    key = _order_key(graph)
    found = []
    for cycle in nx.simple_cycles(graph):
        first = min(range(len(cycle)), key=lambda i: key(cycle[i]))
        found.append(cycle[first:] + cycle[:first])
        if len(found) >= limit:
            break
    return sorted(found, key=lambda c: [key(n) for n in c])


def routes(graph: nx.DiGraph, limit: int = MAX_ROUTES) -> list[list[str]]:
    """Routes from a start point to an end point along the route (loops set aside)."""
    dag = route_dag(graph)
    ends = end_points(graph)
    found: list[list[str]] = []
    for start in start_points(graph):
        for path in nx.all_simple_paths(dag, start, ends) if ends else ():
            found.append(path)
            if len(found) >= limit:
                return found
        if dag.out_degree(start) == 0:
            found.append([start])
    return found


@dataclass(frozen=True)
class BranchPoint:
    touchpoint_id: str
    transition_ids: tuple[str, ...]
    labels: tuple[str, ...]


def branch_points(graph: nx.DiGraph) -> list[BranchPoint]:
    """Touchpoints where the route forks into alternatives (two or more ``vertakking`` edges)."""
    found = []
    for node in sorted(graph, key=_order_key(graph)):
        edges = [
            (data["id"], data["label"])
            for _, _, data in graph.out_edges(node, data=True)
            if data["kind"] == TransitionKind.VERTAKKING
        ]
        if len(edges) >= 2:
            found.append(BranchPoint(node, tuple(e[0] for e in edges), tuple(e[1] for e in edges)))
    return found


def subgraph_of(graph: nx.DiGraph, nodes: Iterable[str]) -> nx.DiGraph:
    return graph.subgraph(nodes).copy()
