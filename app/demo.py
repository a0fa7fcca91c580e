"""A realistic, deterministic demo building: the same seed and day always give the same file.

The small demo (``build_demo``) goes through the application layer step by step (the same rules as the desk),
back-dating the recording time of each step so the History tab reads like years of real use. The portfolio-scale
demo (``build_large_demo``: several towers, decades, ~300 000 documents) draws from the same generators but writes
the rows in bulk, which is the only way to build it in minutes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import random
import secrets
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from sqlalchemy import bindparam, func, insert, select, text

from app import approvals, archive, building, customers, demo_care, demo_services, dossier, fees, loans, people, tenancy
from app.customers import CustomerInput
from app.desk import Actor, Desk, Work
from app.dossier import ContactInput, DocumentInput
from app.errors import ValidationError
from app.files import new_database_file
from app.permissions import Role
from app.text import QT_TRANSLATE_NOOP
from app.validation import FIRST_YEAR, whole_number, within_years
from db.models import (
    Attachment,
    Contact,
    Customer,
    CustomerName,
    Document,
    Dossier,
    FeeAllocation,
    FeeCharge,
    FeePayment,
    LabelPrint,
    MeterReading,
    MoveOut,
    Requirement,
    Tenancy,
    TenancyUnit,
    Unit,
)
from db.pinyin import initials

BUILDING_NAME = "星河国际大厦"
# 全宗名称: the organisation that keeps the record — the management company's customer-services department.
DEMO_FONDS_NAME = "星河物业管理有限公司客户服务部"
BUILDING_ADDRESS = "深圳市福田区深南大道 6008 号"
DEMO_ACCOUNTS = (
    ("clerk", "王小明", Role.CLERK),
    ("supervisor", "陈静", Role.SUPERVISOR),
    ("manager", "李建国", Role.MANAGER),
)

_CITIES = ("深圳市", "广州市", "上海", "北京", "东莞市", "香港", "佛山市")
_TRADE_NAMES = (
    "华创",
    "中科",
    "鼎盛",
    "恒信",
    "瑞丰",
    "宏图",
    "新纪元",
    "万达通",
    "海纳",
    "金桥",
    "蓝海",
    "嘉禾",
    "远景",
    "天成",
    "博雅",
    "启明",
    "汇丰源",
    "卓越",
    "联合",
    "致远",
    "安泰",
    "德勤信",
    "和谐",
    "明日",
    "星光",
    "东方红",
    "永盛",
    "腾跃",
    "锦程",
    "尚品",
    "睿智",
    "盈科",
    "九州",
    "长城",
    "百川",
    "华夏",
)
_TRADES = (
    ("科技有限公司", "信息技术"),
    ("贸易有限公司", "批发零售"),
    ("投资咨询有限公司", "商务服务"),
    ("文化传媒有限公司", "文化传媒"),
    ("建筑设计有限公司", "建筑设计"),
    ("律师事务所", "法律服务"),
    ("会计师事务所", "会计审计"),
    ("物流有限公司", "交通物流"),
    ("医疗器械有限公司", "医疗器械"),
    ("教育咨询有限公司", "教育培训"),
    ("电子有限公司", "电子制造"),
    ("保险代理有限公司", "金融保险"),
)
_NATURES = ("有限责任公司", "股份有限公司", "外商独资企业", "合伙企业", "个体工商户")
_SURNAMES = "王李张刘陈杨黄赵周吴徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈"
_GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玲辉鹏建国红文斌宇浩凯晨欣怡子轩梓涵一诺"
_ROLES = ("行政经理", "总经理", "财务", "前台", "办公室主任", "IT 主管")
# The papers that come in during a tenancy: category, title, issuer (None: the customer itself), original.
_EVENTS: tuple[tuple[str, str, str | None, bool], ...] = (
    ("form_door_lock", "门锁更换申请表", None, True),
    ("form_phone", "电话安装申请表 qms-pm-31307", None, True),
    ("form_parking", "车位申请表 qms-pm-31315", None, True),
    ("form_signage", "水牌制作申请", None, True),
    ("form_after_hours", "客户加班申请", None, True),
    ("fees_deposits", "管理费缴费记录", "财务部", False),
    ("repairs", "空调不制冷报修单", "工程部", False),
    ("repairs", "卫生间漏水报修单", "工程部", False),
    ("complaints", "噪音投诉处理记录", "客务部", False),
    ("correspondence", "关于调整管理费的函", "星河物业管理有限公司", True),
    ("correspondence", "客户来函：停车位事宜", None, True),
    ("staff_changes", "员工离职登记表 qms-pm-31316", None, True),
    ("violations_arrears", "违规装修整改通知书", "客务部", True),
    ("contact_details", "联络资料变更", None, False),
    ("other", "钥匙托管登记表 qms-pm-31317", "客务部", True),
)


class _Paper(NamedTuple):
    """A paper as it comes in; the demo decides when it is recorded, where it is filed and whether it is scanned."""

    category: str
    day: dt.date
    title: str
    issuer: str
    original: bool
    cabinet: str
    reference_no: str = ""
    requirement: str | None = None


@dataclass(frozen=True)
class Scale:
    """The shape of a bulk-built demo: towers × floors × units per floor, and the years of history.

    Tenants stay up to ``longest_stay_years`` (the small demo's five would give a portfolio ~19 000 tenancies in 25
    years; eight gives the ~12 000 of a real one, with ~25 documents each)."""

    buildings: int
    floors: int
    units_per_floor: int
    years: int
    longest_stay_years: int = 8

    @property
    def units(self) -> int:
        return self.buildings * self.floors * self.units_per_floor


# `demo --scale large`: a client running several towers from one file for decades (issue 14).
LARGE = Scale(buildings=3, floors=40, units_per_floor=20, years=25)
MAX_BUILDINGS = 20


MAX_YEARS = 50
MAX_SEED = 2**31 - 1


def years_before(day: dt.date, years: int) -> dt.date:
    """The same day ``years`` earlier; 29 February becomes the 28th in a year without one."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def check_options(*, seed: int, floors: int, units_per_floor: int, years: int, as_of: dt.date | None) -> None:
    """Refuse a demo that cannot be built, before anything is made: sizes, seed and dates in range."""
    whole_number(seed, "demo.seed", 0, MAX_SEED)
    whole_number(floors, "demo.floors", 1, building.MAX_FLOORS)
    whole_number(units_per_floor, "demo.units_per_floor", 1, building.MAX_UNITS_PER_FLOOR)
    whole_number(years, "demo.years", 0, MAX_YEARS)
    today = within_years(as_of, "demo.as_of") if as_of is not None else dt.date.today()
    if today.year - years < FIRST_YEAR:
        raise ValidationError(
            QT_TRANSLATE_NOOP("app", "%n year(s) of history before {day} would begin before {first}.", "", 1),
            field="demo.years",
            n=years,
            day=today,
            first=FIRST_YEAR,
        )


@dataclass(frozen=True)
class DemoSummary:
    path: Path
    building: str
    floors: int
    units: int
    tenancies: int
    live_dossiers: int
    departed_dossiers: int
    documents: int
    attachments: int
    password: str
    password_generated: bool
    buildings: int = 1


def build_demo(
    path: Path,
    *,
    seed: int = 1,
    floors: int = 20,
    units_per_floor: int = 8,
    years: int = 8,
    password: str | None = None,
    as_of: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
    money: bool = True,
    services: bool = True,
) -> DemoSummary:
    """Create a new demo database at ``path`` (which must not exist yet); ``money`` False leaves out the fees,
    deposits and arrears (the tests' shared demo: the fee tests set up their own items and months on it);
    ``services`` False the service registers, surveys and filled forms (the same for the registers' tests).

    It is built under a temporary name and put at ``path`` only when complete: a demo killed halfway leaves
    no file with users and no building (and the next run for the same ``path`` clears what it left).
    """
    check_options(seed=seed, floors=floors, units_per_floor=units_per_floor, years=years, as_of=as_of)

    def make(work: Work, people_: _People, today: dt.date, scratch: Path) -> dict[str, int]:
        maker = _DemoMaker(work, people_.clerk, people_.manager, random.Random(seed), today, years, scratch)
        maker.supervisor = people_.supervisor
        maker.seed = seed
        maker.fees = _DemoFees(maker, seed) if money else None
        maker.with_services = services
        maker.build(floors, units_per_floor, progress)
        return maker.counts

    return _built(path, password, as_of, make, Scale(1, floors, units_per_floor, years))


def build_large_demo(
    path: Path,
    scale: Scale = LARGE,
    *,
    seed: int = 1,
    password: str | None = None,
    as_of: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Create a portfolio-scale demo at ``path``: ``scale.buildings`` towers, written in bulk (``_BulkMaker``).

    Like ``build_demo`` it appears whole or not at all. ``LARGE`` (3 towers × 40 floors × 20 units, 25 years: ~12 800
    tenancies, ~350 000 documents) took 52 s of CPU (132 s wall, niced on a busy 2-core PC) and 480 MB at most,
    the search index's catch-up at the end included (65 s and 330 MB without it); its twelve months of fees add
    ~6.5 s of CPU and 34 MB (docs/performance.md)."""
    check_options(seed=seed, floors=scale.floors, units_per_floor=scale.units_per_floor, years=scale.years, as_of=as_of)
    whole_number(scale.buildings, "demo.buildings", 1, MAX_BUILDINGS)
    if not 1 <= scale.longest_stay_years <= MAX_YEARS:
        raise ValueError(f"a stay of up to {scale.longest_stay_years} years")  # the program's own choice, not input

    def make(work: Work, people_: _People, today: dt.date, scratch: Path) -> dict[str, int]:
        # Only the demo's own file, still under its temporary name: a larger page cache for this one connection
        # (the default ~2 MB makes the indexes of 300 000 documents thrash). Durability is left as it is.
        work.session.execute(text("PRAGMA cache_size = -131072"))
        maker = _BulkMaker(
            work,
            people_.clerk,
            people_.manager,
            random.Random(seed),
            today,
            scale.years,
            scratch,
            longest_stay_years=scale.longest_stay_years,
        )
        maker.supervisor = people_.supervisor
        maker.fee_seed = seed
        maker.seed = seed
        maker.build(scale, progress)
        return maker.counts

    return _built(path, password, as_of, make, scale)


@dataclass(frozen=True)
class _People:
    clerk: Actor
    manager: Actor
    supervisor: Actor


def _built(
    path: Path,
    password: str | None,
    as_of: dt.date | None,
    make: Callable[[Work, _People, dt.date, Path], dict[str, int]],
    scale: Scale,
) -> DemoSummary:
    """The accounts, then ``make`` fills the file in one long unit of work; the file appears at ``path`` when done."""
    if password is not None:
        people.check_password(password)
    generated = password is None
    password = password or secrets.token_urlsafe(9)
    today = as_of or dt.date.today()
    clock_now = dt.datetime.combine(today, dt.time(9, 0))
    with new_database_file(path) as building_file, Desk.create(building_file, clock=lambda: clock_now) as desk:
        with desk.work(None) as work:
            people.create_first_admin(work, "admin", password, "系统管理员")
        admin = people.log_in(desk, "admin", password)
        with desk.work(admin) as work:
            for login, name, role in DEMO_ACCOUNTS:
                people.create_user(work, login, name, role, password)
        manager = people.log_in(desk, "manager", password)
        clerk = people.log_in(desk, "clerk", password)
        # Before the demo's one long unit of work: a log-in is recorded in a write of its own.
        supervisor = people.log_in(desk, "supervisor", password)
        with tempfile.TemporaryDirectory(prefix="dossier-demo-") as scratch, desk.work(manager) as work:
            counts = make(work, _People(clerk, manager, supervisor), today, Path(scratch))
    return DemoSummary(
        path=path,
        building=BUILDING_NAME,
        floors=scale.floors,
        units=scale.units,
        tenancies=counts["tenancies"],
        live_dossiers=counts["live"],
        departed_dossiers=counts["departed"],
        documents=counts["documents"],
        attachments=counts["attachments"],
        password=password,
        password_generated=generated,
        buildings=scale.buildings,
    )


class CompanyNames:
    """Company names never given twice, as many as a demo asks for: city × trade name × trade gives ~3 000; when
    a draw keeps hitting names already given (a large demo has spent them), the next is a branch of one of them —
    深圳市宏图科技有限公司第二分公司 — numbered on without end."""

    TRIES = 30  # draws before falling back to a branch: the small demos never get there, so their names stay

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.given: set[str] = set()
        self.branches: dict[str, int] = {}

    def next(self) -> str:
        for _ in range(self.TRIES):
            suffix, _trade = self.rng.choice(_TRADES)
            name = f"{self.rng.choice(_CITIES)}{self.rng.choice(_TRADE_NAMES)}{suffix}"
            if name not in self.given:
                self.given.add(name)
                return name
        while True:  # ends: each round gives the company a higher branch number than any before
            count = self.branches.get(name, 1) + 1
            self.branches[name] = count
            branch = f"{name}第{chinese_number(count)}分公司"
            if branch not in self.given:
                self.given.add(branch)
                return branch


def chinese_number(n: int) -> str:
    """二, 十一, 二十三 …, as a branch is numbered on a company's papers; digits from 100 on."""
    digits = "零一二三四五六七八九"
    if n >= 100:
        return str(n)
    tens, ones = divmod(n, 10)
    return (("" if tens == 1 else digits[tens]) + "十" if tens else "") + (digits[ones] if ones or not tens else "")


class _Maker:
    """What both demos share: the people, the clock, the random draws of names, stays, contacts and papers.

    The generators yield one item at a time, so the small demo (which acts on each before the next is drawn) makes
    its random draws in the same order as ever: the same seed still gives the same file."""

    def __init__(
        self,
        work: Work,
        clerk: Actor,
        manager: Actor,
        rng: random.Random,
        today: dt.date,
        years: int,
        scratch: Path,
        *,
        longest_stay_years: int = 5,
    ) -> None:
        self.work = work
        self.clerk = clerk
        self.manager = manager
        self.rng = rng
        self.today = today
        self.start = years_before(today, years)
        self.scratch = scratch
        self.names = CompanyNames(rng)
        self.counts = {"tenancies": 0, "live": 0, "departed": 0, "documents": 0, "attachments": 0}
        self.letter_no = 0
        self.supervisor = manager  # build_demo logs the supervisor in for the archiving
        self.seed = 1  # the demo's seed, set by build_demo: the registers draw from a generator of their own
        self.service_counts: demo_services.ServiceCounts | None = None
        self.longest_stay = longest_stay_years * 365

    # -- time -------------------------------------------------------------------------------
    def at(self, day: dt.date) -> None:
        """Back-date the recording time to ``day`` (office hours), never past the demo's today."""
        self.work.now = self.moment(day)

    def moment(self, day: dt.date) -> dt.datetime:
        """A time in office hours on ``day``, never past the demo's today."""
        day = min(day, self.today)
        minutes = self.rng.randrange(8 * 60 + 30, 17 * 60 + 30)
        return dt.datetime.combine(day, dt.time(minutes // 60, minutes % 60))

    def day_between(self, first: dt.date, last: dt.date) -> dt.date:
        if last <= first:
            return first
        return first + dt.timedelta(days=self.rng.randrange((last - first).days + 1))

    # -- what both demos draw -----------------------------------------------------------------
    def leases(self, cards: list[building.UnitCard]) -> Iterator[list[building.UnitCard]]:
        """The units of one floor, leased one at a time or, about one tenant in eight, two neighbours together."""
        i = 0
        while i < len(cards):
            take = 2 if i + 1 < len(cards) and self.rng.random() < 0.12 else 1
            yield cards[i : i + take]
            i += take

    def stays(self) -> Iterator[tuple[dt.date, dt.date | None]]:
        """Tenancies one after another from the start of the demo period up to today: (move-in, move-out or None
        while still there); a move-out within two months of today is a notice given."""
        day = self.start - dt.timedelta(days=self.rng.randrange(0, 900))
        while day < self.today:
            if self.rng.random() < 0.025 and day > self.start:
                break  # stays vacant from here on
            stay = dt.timedelta(days=self.rng.randrange(300, self.longest_stay))
            move_out: dt.date | None = day + stay
            assert move_out is not None
            if move_out > self.today + dt.timedelta(days=60):
                move_out = None  # still here
            yield day, move_out
            if move_out is None:
                break
            day = move_out + dt.timedelta(days=self.rng.choice((0, 0, 0, 7, 14, 20, 30, 45, 90)))

    def fit_out_end(self, move_in: dt.date) -> dt.date:
        return move_in + dt.timedelta(days=self.rng.randrange(30, 100))

    def cabinet(self, floor_label: str) -> str:
        return f"{floor_label} 档案柜 {self.rng.randrange(1, 4)}-{self.rng.randrange(1, 6):02}"

    def rename_day(self, move_in: dt.date, end: dt.date) -> dt.date | None:
        """About one tenant in eight of those staying long renames itself (R5) during the stay."""
        if self.rng.random() < 0.12 and (end - move_in).days > 400:
            return self.day_between(move_in + dt.timedelta(days=200), end - dt.timedelta(days=30))
        return None

    def relabel_day(self, renamed: dt.date) -> dt.date | None:
        """Most are relabelled promptly; the rest wait on the label check (R5)."""
        if self.rng.random() < 0.6:
            return renamed + dt.timedelta(days=self.rng.randrange(1, 10))
        return None

    def move_out_checklist(self) -> tenancy.MoveOutChecklist:
        retained = self.rng.random() < 0.1
        return tenancy.MoveOutChecklist(
            keys_returned=True,
            access_cards_returned=True,
            electricity_reading=Decimal(self.rng.randrange(1000, 900000)) / 10,
            water_reading=Decimal(self.rng.randrange(100, 90000)) / 10,
            deposit="retained" if retained else "refunded",
            deposit_note="抵扣墙面修复费用" if retained else "",
            forwarding_contact=f"{self.person()} {self.mobile()}",
        )

    def company_name(self) -> str:
        return self.names.next()

    def person(self) -> str:
        return self.rng.choice(_SURNAMES) + "".join(self.rng.choice(_GIVEN) for _ in range(self.rng.choice((1, 2))))

    def mobile(self) -> str:
        return f"1{self.rng.choice('3578')}{self.rng.randrange(0, 10)}{self.rng.randrange(10_000_000, 99_999_999)}"

    def new_customer(self) -> CustomerInput:
        name = self.company_name()
        trade = next((t for suffix, t in _TRADES if suffix in name), "商务服务")  # a branch's name ends in 分公司
        code = "91440300" + "".join(self.rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(10))
        return CustomerInput(
            name=name,
            kind="company",
            id_code=code,
            legal_representative=self.person(),
            registered_capital=f"人民币 {self.rng.choice((50, 100, 200, 500, 1000, 3000))} 万元",
            nature=self.rng.choice(_NATURES),
            industry=trade,
            address=f"{BUILDING_NAME}",
            phone=f"0755-8{self.rng.randrange(1_000_000, 9_999_999)}",
            email=f"office{self.rng.randrange(100, 999)}@example.cn",
        )

    def contact_inputs(self, customer: CustomerInput) -> Iterator[ContactInput]:
        """One to three contacts (the first with the office phone) and an emergency contact."""
        for i in range(self.rng.randrange(1, 4)):
            yield ContactInput(
                name=self.person(),
                role=_ROLES[i] if i else "行政经理",
                phone=customer.phone if i == 0 else "",
                mobile=self.mobile(),
                email=customer.email if i == 0 else "",
            )
        yield ContactInput(name=self.person(), role="紧急联系人", mobile=self.mobile(), is_emergency=True)

    def papers(
        self,
        customer: CustomerInput,
        cards: list[building.UnitCard],
        move_in: dt.date,
        fit_out: dt.date,
        end: dt.date,
        departed: bool,
    ) -> Iterator[_Paper]:
        """The papers of one tenancy in the order they come in: the move-in checklist, fit-out, a few a year of
        forms, fees, repairs and letters, and the hand-over at move-out."""
        units = "、".join(c.number for c in cards)
        cabinet = f"{cards[0].floor} 档案柜"
        papers = (  # the move-in checklist (db.seed.DEFAULT_REQUIREMENTS)
            ("business_licence", "move_in", "营业执照副本（复印件）", customer.name, False),
            ("legal_rep_id", "id_papers", "法定代表人身份证复印件", customer.name, False),
            ("lease", "move_in", f"房屋租赁合同（{units}）", "星河物业管理有限公司", True),
            ("registration_form", "move_in", "客户档案登记表 qms-pm-31301", "客务部", True),
            ("emergency_contacts", "emergency_contacts", "紧急联络人登记表 qms-pm-31302", customer.name, True),
        )
        # Now and then a paper never came in: the completeness report has something to show.
        lacking = self.rng.choice(papers)[0] if self.rng.random() < 0.1 else None
        for code, category, title, issuer, original in papers:
            if code != lacking:
                yield _Paper(category, move_in, title, issuer, original, cabinet, requirement=code)
        yield _Paper("fees_deposits", move_in, "装修押金收据", "财务部", True, cabinet)
        yield _Paper("fit_out", move_in + dt.timedelta(days=3), "二次装修申请表", customer.name, True, cabinet)
        yield _Paper("fit_out", move_in + dt.timedelta(days=7), "装修施工图纸", "设计单位", False, cabinet)
        if fit_out <= end:
            yield _Paper("fit_out", fit_out, "装修竣工验收单", "工程部", True, cabinet)
        span = max((end - move_in).days, 1)
        for _ in range(int(span / 365 * self.rng.uniform(2.5, 6)) + 1):
            category, title, issuer, original = self.rng.choice(_EVENTS)
            issuer = customer.name if issuer is None else issuer
            day = self.day_between(move_in + dt.timedelta(days=10), end)
            ref = ""
            if category == "correspondence" and issuer.startswith("星河"):
                self.letter_no += 1
                ref = f"星物函〔{day.year}〕{self.letter_no % 200 + 1}号"
            yield _Paper(category, day, title, issuer, original, cabinet, ref)
        if departed:
            yield _Paper("move_in", end, "退租交接单", "客务部", True, cabinet)

    def filed_in(self, day: dt.date, cabinet: str) -> str:
        """Where a paper of ``day`` is: recent ones are now and then not filed in the cabinet yet (a badge)."""
        if (self.today - day).days < 45 and self.rng.random() < 0.3:
            return ""
        return cabinet

    def scanned(self) -> bool:
        return self.rng.random() < 0.3

    def scan(self, title: str, day: dt.date) -> Path:
        """A small stand-in for a scanned page: a PDF of 1–3 pages or a PNG, unique per call."""
        n = self.counts["attachments"]
        if self.rng.random() < 0.6:
            path = self.scratch / f"scan-{n}.pdf"
            pdf = canvas.Canvas(str(path), pagesize=A4, pageCompression=1, invariant=1)
            pages = self.rng.randrange(1, 4)
            for page in range(pages):
                pdf.setFont("Helvetica", 11)
                pdf.drawString(72, 780, f"Scanned document {n} - {day.isoformat()} - page {page + 1}/{pages}")
                for line in range(self.rng.randrange(8, 20)):
                    y = 740 - line * 28
                    pdf.line(72, y, 72 + self.rng.randrange(200, 450), y)
                pdf.showPage()
            pdf.save()
            return path
        path = self.scratch / f"scan-{n}.png"
        image = Image.new("L", (248, 350), 250)
        draw = ImageDraw.Draw(image)
        draw.rectangle((12, 12, 236, 338), outline=120)
        for line in range(self.rng.randrange(6, 16)):
            y = 40 + line * 18
            draw.line((24, y, 24 + self.rng.randrange(80, 200), y), fill=60)
        draw.text((24, 320), f"{n} {day.isoformat()}", fill=0)
        buffer = io.BytesIO()
        image.save(buffer, "PNG", optimize=True)
        path.write_bytes(buffer.getvalue())
        return path

    # -- what both demos do through the application ---------------------------------------------
    def services(self, *, since: dt.date | None = None, bulk: bool = False) -> None:
        """The service registers (issue 16): fit-out projects, repairs, complaints, violations, return visits and
        two survey years, drawn by app/demo_services.py from a random generator of its own."""
        self.service_counts = demo_services.build_services(
            self.work,
            clerk=self.clerk,
            supervisor=self.supervisor,
            manager=self.manager,
            today=self.today,
            start=self.start,
            seed=self.seed,
            bulk=bulk,
            since=since,
            fill_forms=not bulk,  # through the forms room's own save, one by one: the small demo only
            clerk_name=DEMO_ACCOUNTS[0][1],
        )
        self.counts["documents"] += self.service_counts.forms_filed

    def care(self) -> None:
        """Customer care (issue 20): the live customers graded and a year of return visits, some overdue now."""
        self.care_counts = demo_care.build_care(
            self.work, supervisor=self.supervisor, clerk=self.clerk, today=self.today, seed=self.seed
        )

    def first_archive_settings(self) -> None:
        """Before the first archiving the manager filled in the archive settings (全宗 is the management company's
        customer-services department), so every bound file carries a standard 档号 like X01-2024-D30-0007."""
        self.work.actor = self.manager
        archive.change_archive_settings(
            self.work,
            fonds_name=DEMO_FONDS_NAME,
            fonds_code="X01",
            catalogue_no="1",
            code_pattern=archive.DEFAULT_CODE_PATTERN,
            retention_codes=dict(archive.DEFAULT_RETENTION_CODES),
        )

    def years_to_archive(self) -> list[int]:
        """The supervisor has archived every year but the last one (R7): the wizard has last year to do."""
        years = sorted(summary.year for summary in archive.archive_years(self.work))
        return [year for year in years if year < self.today.year - 1]

    @staticmethod
    def box_options(year: int) -> archive.BoxOptions:
        return archive.BoxOptions(spine_mm=40, shelf_location=f"档案室 {year % 100:02d} 号柜")

    def loans_and_requests(self) -> None:
        """The last month at the desk (R8, R9): loans in every state — back complete, back with a page missing, out
        and overdue, approved and not collected, waiting for the manager — and a working copy's change waiting.

        The dossiers are the newest ones (the top floor's), so the lower floors stay free to lend in a try-out."""
        archived = self.work.session.scalars(
            select(Dossier.id).where(Dossier.status == "archived").order_by(Dossier.id)
        ).all()
        live = self.work.session.scalars(select(Dossier.id).where(Dossier.status == "live").order_by(Dossier.id)).all()
        if len(archived) < 2 or len(live) < 3:
            return  # a demo too small for a month of loans
        plans = [
            # days ago, dossier, borrower, department, purpose, days to return, outcome
            (30, archived[-1], "林芳", "法务部", "核对租赁合同原件", 0, "complete"),
            (12, archived[-2], "周强", "工程部", "查阅二次装修图纸", 1, "missing"),
            (5, live[-1], "陈静", "财务部", "核对押金收据", 2, "out"),
            (1, live[-2], "赵磊", "工程部", "核对水电表底数", 1, "approved"),
            (0, live[-3], "孙丽", "市场部", "了解客户联系人", 0, "waiting"),
        ]
        for days_ago, dossier_id, borrower, department, purpose, keep, outcome in plans:
            day = self.today - dt.timedelta(days=days_ago)
            self.at(day)
            self.work.actor = self.clerk
            loan = loans.request_loan(
                self.work, [dossier_id], borrower, department, purpose, day + dt.timedelta(days=keep)
            )
            if outcome == "waiting" or loan.approval_id is None:
                continue
            self.work.actor = self.manager
            approvals.decide(self.work, loan.approval_id, approve=True, note="同意，限室内查阅")
            if outcome == "approved":
                continue
            self.work.actor = self.clerk
            loans.hand_out(self.work, loan.id)
            if outcome == "out":
                continue
            self.at(day + dt.timedelta(days=keep))
            loans.take_back(self.work, loan.id, complete=outcome == "complete", missing_note="缺装修图纸第3页")
        # A clerk asks to correct a working copy's title; it waits in the manager's list.
        working = self.work.session.scalar(
            select(Document.id)
            .where(Document.dossier_id == live[-1], Document.is_original.is_(False), Document.trashed_at.is_(None))
            .order_by(Document.id)
            .limit(1)
        )
        if working is not None:
            self.at(self.today)
            self.work.actor = self.clerk
            dossier.request_document_change(
                self.work, working, approvals.ApprovalKind.EDIT_WORKING_COPY, "客户来函，题名中的日期有误"
            )
        self.work.actor = self.clerk


class _DemoMaker(_Maker):
    """The small demo: every step through the application, one ORM object at a time, as a clerk would."""

    fees: _DemoFees | None  # set by build_demo (None: a demo without money)
    with_services = True  # set by build_demo (False: a demo without the service registers)
    areas: dict[int, Decimal]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.areas = {}

    def build(self, floors: int, units_per_floor: int, progress: Callable[[int, int], None] | None) -> None:
        self.work.actor = self.manager
        self.at(self.start)
        info = building.create_building(
            self.work,
            BUILDING_NAME,
            floors_from=1,
            floors_to=floors,
            units_per_floor=units_per_floor,
            address=BUILDING_ADDRESS,
        )
        cards = building.unit_cards(self.work, building_id=info.id, on=self.start)
        for card in cards:
            area = Decimal(self.rng.randrange(6000, 32000)) / 100
            building.update_unit(self.work, card.unit_id, area=area, use="office", expected_version=card.version)
            self.areas[card.unit_id] = area
        if self.fees is not None:
            self.fees.set_up()
        self.work.actor = self.clerk
        by_floor: dict[str, list[building.UnitCard]] = {}
        for card in cards:
            by_floor.setdefault(card.floor, []).append(card)
        done = 0
        for floor_cards in by_floor.values():
            for lease in self.leases(floor_cards):
                for move_in, move_out in self.stays():
                    self.tenancy(lease, move_in, move_out)
                done += len(lease)
                if progress:
                    progress(done, len(cards))
        if self.fees is not None:
            self.fees.run()
        if self.with_services:
            self.services()
            self.care()
        self.archive_past_years()
        self.loans_and_requests()

    def archive_past_years(self) -> None:
        for n, year in enumerate(self.years_to_archive()):
            self.at(dt.date(year + 1, 1, 15))
            if n == 0:
                self.first_archive_settings()
            self.work.actor = self.supervisor
            archive.archive_year(self.work, year, self.box_options(year), bind_unbound=True)
        self.work.actor = self.clerk

    def tenancy(self, cards: list[building.UnitCard], move_in: dt.date, move_out: dt.date | None) -> None:
        customer = self.new_customer()
        fit_out = self.fit_out_end(move_in)
        self.at(move_in)
        result = tenancy.move_in(
            self.work,
            customer=customer,
            unit_ids=[c.unit_id for c in cards],
            move_in=move_in,
            fit_out_until=fit_out,
            location=self.cabinet(cards[0].floor),
        )
        self.counts["tenancies"] += 1
        departed = move_out is not None and move_out <= self.today
        self.counts["departed" if departed else "live"] += 1
        end = min(move_out or self.today, self.today)
        tenancy.mark_printed(self.work, [result.dossier_id])  # the folder got its label at move-in
        self.at(move_in)
        for contact in self.contact_inputs(customer):
            dossier.add_contact(self.work, result.dossier_id, contact)
        if not departed:  # issue 20: who may sign for a tenant now, and its seals
            lodge_specimens(self.work, result.customer_id, move_in, self.today, self.scratch)
        for paper in self.papers(customer, cards, move_in, fit_out, end, departed):
            self.add_document(result.dossier_id, paper)
        renamed = self.rename_day(move_in, end)
        if renamed is not None:
            self.at(renamed)
            new_name = self.company_name()
            customers.update_customer(
                self.work,
                result.customer_id,
                CustomerInput(**{**customer.__dict__, "name": new_name}),
                renamed,
                expected_version=customers.get_customer(self.work, result.customer_id).version,
            )
            relabelled = self.relabel_day(renamed)
            if relabelled is not None:
                self.at(relabelled)
                tenancy.mark_printed(self.work, [result.dossier_id])
        if self.fees is not None:
            area = sum((self.areas.get(c.unit_id, Decimal(0)) for c in cards), Decimal(0))
            self.fees.moved_in(result.tenancy_id, customer.name, area, move_in, fit_out, move_out)
        if move_out is not None and move_out <= self.today:
            self.at(move_out)
            checklist = self.move_out_checklist()
            if self.fees is not None:
                self.fees.moving_out(result.tenancy_id, move_out, checklist)  # no deposit left undecided (R11)
            tenancy.move_out(self.work, result.tenancy_id, day=move_out, checklist=checklist)
        elif move_out is not None:
            self.at(self.today - dt.timedelta(days=self.rng.randrange(0, 20)))
            tenancy.give_notice(self.work, result.tenancy_id, move_out)

    def add_document(self, dossier_id: int, paper: _Paper) -> None:
        day = min(paper.day, self.today)
        self.at(day)
        cabinet = self.filed_in(day, paper.cabinet)
        scans = [self.scan(paper.title, day)] if self.scanned() else []
        dossier.add_document(
            self.work,
            dossier_id,
            DocumentInput(
                category=paper.category,
                doc_date=day,
                title=paper.title,
                reference_no=paper.reference_no,
                issuer=paper.issuer,
                pages=None if scans else self.rng.randrange(1, 6),
                is_original=paper.original,
                paper_location=cabinet,
                requirement=paper.requirement,
            ),
            scans,
        )
        self.counts["documents"] += 1
        self.counts["attachments"] += len(scans)


@dataclass(frozen=True)
class _PooledScan:
    """A scan of the bulk demo's small pool: the store keeps each once, however many documents show it."""

    path: Path
    media_type: str
    pages: int


class _BulkMaker(_Maker):
    """The portfolio-scale demo: the same draws as the small one, but the rows are built in Python and written with
    SQLAlchemy Core in batches (``insert(...)`` executemany), inside the one unit of work of ``build_large_demo``.

    What the application numbers is numbered by its own functions: dossier numbers (``tenancy.dossier_number``),
    档号 (``archive.compose_code``), item and page numbers (``dossier.page_range``), the boxes (``archive.archive_year``
    boxes the bound files itself). The rows are written as the application leaves them — checked by the schema's
    constraints and triggers as they go in — but without a line each in the audit log: the log gets chained lines
    for the summary steps (the build, the archive settings, each archived file, the loans), so ``check`` finds the
    chain whole and every status it records agreeing with the file.
    """

    fee_seed = 1  # set by build_large_demo
    BATCH = 20_000  # documents held before the rows are written: bounds the memory of a 300 000-document build
    POOL = 24  # distinct scans

    def build(self, scale: Scale, progress: Callable[[int, int], None] | None) -> None:
        session = self.work.session
        self.next_id = {model: (session.scalar(select(func.max(model.id))) or 0) + 1 for model in _BULK_MODELS}
        self.rows: dict[type, list[dict[str, object]]] = {model: [] for model in _BULK_MODELS}
        self.numbers: set[str] = set(session.scalars(select(Dossier.number)))
        self.requirements = {code: id_ for code, id_ in session.execute(select(Requirement.code, Requirement.id))}
        self.to_bind: set[int] = set()  # dossiers whose documents got their item and page numbers
        self.stored: dict[Path, tuple[str, int]] = {}  # the pool's scans put into the store so far
        self.pool = self.scan_pool()
        self.work.actor = self.manager
        self.at(self.start)
        sites: list[tuple[int, list[building.UnitCard]]] = []
        for n in range(scale.buildings):
            name = BUILDING_NAME if scale.buildings == 1 else f"{BUILDING_NAME} {n + 1} 号楼"
            info = building.create_building(
                self.work,
                name,
                floors_from=1,
                floors_to=scale.floors,
                units_per_floor=scale.units_per_floor,
                address=BUILDING_ADDRESS,
            )
            sites.append((info.id, building.unit_cards(self.work, building_id=info.id, on=self.start)))
        areas = [
            {"b_id": card.unit_id, "b_area": Decimal(self.rng.randrange(6000, 32000)) / 100}
            for _, cards in sites
            for card in cards
        ]
        units = Unit.__table__
        session.execute(
            units.update().where(units.c.id == bindparam("b_id")).values(area=bindparam("b_area"), use="office"), areas
        )
        self.work.actor = self.clerk
        total, done = len(areas), 0
        for building_id, cards in sites:
            by_floor: dict[str, list[building.UnitCard]] = {}
            for card in cards:
                by_floor.setdefault(card.floor, []).append(card)
            for floor_cards in by_floor.values():
                for lease in self.leases(floor_cards):
                    for move_in, move_out in self.stays():
                        self.tenancy(building_id, lease, move_in, move_out)
                    done += len(lease)
                    if len(self.rows[Document]) >= self.BATCH:
                        self.write_rows()
                    if progress:
                        progress(done, total)
        self.write_rows()
        self.at(self.today)
        self.work.log(None, "demo", None, "bulk_build", {"scale": dataclasses.asdict(scale), **self.counts})
        money = _BulkFees(self, self.fee_seed)
        money.set_up()
        money.run()
        # The registers of the last two years only: a portfolio's 25 years would be ~20 000 repairs.
        self.services(since=years_before(self.today, 2), bulk=True)
        self.archive_past_years()
        self.loans_and_requests()

    def scan_pool(self) -> list[_PooledScan]:
        pool = []
        for n in range(self.POOL):
            path = self.scan("", self.start + dt.timedelta(days=n))
            self.counts["attachments"] += 1  # numbers the scans' file names; set to the rows written at the end
            scan = dossier.inspect_scan(path)
            pool.append(_PooledScan(path, scan.media_type, scan.pages))
        self.counts["attachments"] = 0
        return pool

    def stored_scan(self, scan: _PooledScan) -> tuple[str, int]:
        """The scan's hash and size in the store, put there when a document first shows it (a scan no document
        shows would be a stray file to ``check``)."""
        if scan.path not in self.stored:
            blob = self.work.store.put(scan.path)
            if blob.created:
                self.work.new_blobs.append(blob.sha256)  # taken out again if the build fails
            self.stored[scan.path] = (blob.sha256, blob.size)
        return self.stored[scan.path]

    def new_id(self, model: type) -> int:
        value = self.next_id[model]
        self.next_id[model] = value + 1
        return value

    def add(self, model: type, **values: object) -> int:
        row_id = self.new_id(model)
        self.rows[model].append({"id": row_id, **values})
        return row_id

    def write_rows(self) -> None:
        """Write what is held, parents before children (the foreign keys are checked row by row)."""
        for model in _BULK_MODELS:
            rows = self.rows[model]
            if rows:
                self.work.session.execute(insert(model), rows)
                rows.clear()

    def tenancy(
        self, building_id: int, cards: list[building.UnitCard], move_in: dt.date, move_out: dt.date | None
    ) -> None:
        customer = self.new_customer()
        fit_out = self.fit_out_end(move_in)
        moved_in_at = self.moment(move_in)
        location = self.cabinet(cards[0].floor)
        departed = move_out is not None and move_out <= self.today
        end = min(move_out or self.today, self.today)
        values = customers.clean_customer(customer)  # the same checks as a customer typed in
        customer_id = self.new_id(Customer)
        tenancy_id = self.add(
            Tenancy,
            version=1,
            customer_id=customer_id,
            move_in=move_in,
            move_out=move_out if departed else None,
            fit_out_until=fit_out,
        )
        for card in cards:
            self.add(TenancyUnit, tenancy_id=tenancy_id, unit_id=card.unit_id, start_date=move_in, end_date=move_out)
        number = tenancy.dossier_number(building_id, cards[0].number, move_in, self.numbers.__contains__)
        self.numbers.add(number)
        dossier_id = self.new_id(Dossier)
        label = values["name"]
        self.add(LabelPrint, dossier_id=dossier_id, text=label, printed_at=moved_in_at, printed_by=self.clerk.user_id)
        for contact in self.contact_inputs(customer):
            self.add(Contact, version=1, dossier_id=dossier_id, **dataclasses.asdict(contact))
        documents = [
            self.document(dossier_id, paper) for paper in self.papers(customer, cards, move_in, fit_out, end, departed)
        ]
        renamed = self.rename_day(move_in, end)
        if renamed is not None:
            former = values["name"]
            label = values["name"] = self.company_name()
            self.add(CustomerName, customer_id=customer_id, name=former, initials=initials(former), used_until=renamed)
            relabelled = self.relabel_day(renamed)
            if relabelled is not None:
                printed = self.moment(relabelled)
                self.add(
                    LabelPrint, dossier_id=dossier_id, text=label, printed_at=printed, printed_by=self.clerk.user_id
                )
        self.rows[Customer].append(
            {
                "id": customer_id,
                "version": 1 if renamed is None else 2,
                "name_initials": initials(values["name"]),
                "notes": "",
                **values,
            }
        )
        status = "departed" if departed else "live"
        self.rows[Dossier].append(
            {
                "id": dossier_id,
                "version": 1,
                "number": number,
                "tenancy_id": tenancy_id,
                "unit_id": cards[0].unit_id,
                "label_text": label,
                "location": location,
                "status": status,
            }
        )
        if departed:
            assert move_out is not None
            checklist = self.move_out_checklist()
            self.add(
                MoveOut,
                tenancy_id=tenancy_id,
                move_out=move_out,
                units=json.dumps([c.number for c in cards], ensure_ascii=False),
                keys_returned=checklist.keys_returned,
                access_cards_returned=checklist.access_cards_returned,
                electricity_reading=checklist.electricity_reading,
                water_reading=checklist.water_reading,
                deposit_outcome=checklist.deposit,
                deposit_note=checklist.deposit_note,
                forwarding_contact=checklist.forwarding_contact,
                notes=checklist.notes,
                recorded_by=self.clerk.user_id,
                recorded_at=self.moment(move_out),
            )
            if move_out.year < self.today.year - 1 and documents and all(d["pages"] > 0 for d in documents):
                self.number_for_binding(dossier_id, documents)
        self.counts["tenancies"] += 1
        self.counts[status] += 1

    def document(self, dossier_id: int, paper: _Paper) -> dict[str, object]:
        day = min(paper.day, self.today)
        recorded_at = self.moment(day)
        cabinet = self.filed_in(day, paper.cabinet)
        scan = self.rng.choice(self.pool) if self.scanned() else None
        document_id = self.add(
            Document,
            version=1,
            dossier_id=dossier_id,
            category=paper.category,
            doc_date=day,
            title=paper.title,
            reference_no=paper.reference_no,
            issuer=paper.issuer,
            pages=scan.pages if scan else self.rng.randrange(1, 6),
            is_original=paper.original,
            paper_location=cabinet,
            notes="",
            recorded_by=self.clerk.user_id,
            recorded_at=recorded_at,
            requirement_id=self.requirements[paper.requirement] if paper.requirement else None,
            supplement=False,
            item_no=None,  # every row of one executemany names the same columns
            page_from=None,
            page_to=None,
        )
        if scan is not None:
            sha256, size = self.stored_scan(scan)
            # The scans of an original come with it, at the moment it is recorded (db/protection.py).
            self.add(
                Attachment,
                document_id=document_id,
                sha256=sha256,
                original_name=scan.path.name,
                size=size,
                media_type=scan.media_type,
                added_at=recorded_at,
            )
            self.counts["attachments"] += 1
        self.counts["documents"] += 1
        return self.rows[Document][-1]

    def number_for_binding(self, dossier_id: int, documents: list[dict[str, Any]]) -> None:
        """件号 and 页号 as binding gives them: oldest first (``archive`` binding order), pages running on."""
        page = 0
        ordered = sorted(documents, key=lambda d: (d["doc_date"], d["recorded_at"], d["id"]))
        for item_no, row in enumerate(ordered, start=1):
            row["item_no"] = item_no
            row["page_from"], row["page_to"] = dossier.page_range(page, row["pages"])
            page += row["pages"]
        self.to_bind.add(dossier_id)

    def archive_past_years(self) -> None:
        """Each year but the last bound and boxed, as the supervisor's archiving does: the 档号 composed by the archive
        settings in the wizard's filing order, then the boxes made by the application's own archiving."""
        table = Dossier.__table__
        bind = (
            table.update()
            .where(table.c.id == bindparam("b_id"), table.c.status == "departed")
            .values(
                status="bound",
                file_number=bindparam("b_number"),
                file_serial=bindparam("b_serial"),
                file_year=bindparam("b_year"),
                fonds_code=bindparam("b_fonds"),
                retention=bindparam("b_retention"),
                bound_at=bindparam("b_at"),
                bound_by=bindparam("b_by"),
            )
        )
        for n, year in enumerate(self.years_to_archive()):
            self.at(dt.date(year + 1, 1, 15))
            if n == 0:
                self.first_archive_settings()
            self.work.actor = self.supervisor
            settings = archive.archive_settings(self.work)
            retention = archive.DEFAULT_RETENTION
            serial = self.work.session.scalar(select(func.max(Dossier.file_serial)).where(Dossier.file_year == year))
            serial = serial or 0
            rows = []
            for candidate in archive.candidates(self.work, year):
                if candidate.status != "departed" or candidate.incomplete:
                    continue
                if candidate.dossier_id not in self.to_bind:
                    raise RuntimeError(f"dossier {candidate.dossier_number} would be bound without item numbers")
                serial += 1
                code = archive.compose_code(settings, year=year, retention=retention, serial=serial)
                rows.append(
                    {
                        "b_id": candidate.dossier_id,
                        "b_number": code,
                        "b_serial": serial,
                        "b_year": year,
                        "b_fonds": settings.fonds_code,
                        "b_retention": retention,
                        "b_at": self.work.now,
                        "b_by": self.supervisor.user_id,
                    }
                )
            if rows:
                self.work.session.execute(bind, rows)
                self.work.session.expire_all()  # the candidates read above are departed no longer
            archive.archive_year(self.work, year, self.box_options(year))
        self.work.actor = self.clerk


# -- fees, deposits and arrears (issue 15) ------------------------------------------------------------------------
# The fee items of the demo building: name, basis, meter, billing day, due days, free during fit-out, the rates
# (the first from the demo's start; the property fee went up three years before today, the office's letter of
# 关于调整管理费的函 says so). The metered items are billed on the 28th: the meters are read on the 25th.
DEMO_FEE_ITEMS: tuple[tuple[str, str, str | None, int, int, bool, str], ...] = (
    ("物业管理费", "area", None, 1, 15, True, "18.0000"),
    ("空调费", "area", None, 1, 15, False, "6.5000"),
    ("垃圾清运费", "fixed", None, 1, 15, False, "200.0000"),
    ("电费", "metered", "electricity", 28, 15, False, "1.0500"),
    ("水费", "metered", "water", 28, 15, False, "5.2000"),
    ("加班费", "one_off", None, 1, 15, False, "0"),
    ("门禁卡补办费", "one_off", None, 1, 15, False, "0"),
)
DEMO_PROPERTY_FEE_RAISE = "21.5000"  # 物业管理费 per m² from 1 January three years ago (see _DemoFees.set_up)
DEMO_FEE_SETTINGS = fees.FeeSettings(
    company_name="星河物业管理有限公司",
    address=BUILDING_ADDRESS,
    phone="0755-83218888",
    bank_name="中国工商银行深圳福田支行",
    bank_account="4000 0231 0920 0188 888",
    receipt_prefix="SK",
)
READING_DAY = 25
_PAYMENT_METHODS = ("transfer",) * 12 + ("wechat",) * 3 + ("alipay",) * 2 + ("cash",) * 2 + ("cheque",)
_CHASES = (
    ("phone", "已电话催缴，客户称资金周转困难，承诺月底前付清"),
    ("letter", "已发催款通知单，挂号信寄出"),
    ("visit", "上门催缴，财务负责人不在，留言请其回电"),
    ("phone", "客户答应先付一部分，余款下月付清"),
)


@dataclass
class _FeeTenant:
    """A tenancy as the fee part of the demo sees it: when it ran and how it pays."""

    tenancy_id: int
    payer: str
    move_in: dt.date
    moved_out: dt.date | None  # the move-out day of a departed tenancy
    way: str = "monthly"  # monthly / quarterly / late (lag months behind) / debtor (stops paying from ``stops``)
    lag: int = 0
    stops: dt.date | None = None

    def active_in(self, month: fees.Month) -> bool:
        return self.move_in <= month.last and (self.moved_out is None or self.moved_out > month.first)


class _DemoFees:
    """The small demo's money, through the application's own fee functions: the items and their rates, two or three
    deposits at each move-in (decided before each move-out), then month by month from the demo's start — the month's
    charges by ``generate_month`` on the 1st, the payments as they come in, the meters read on the 25th and their
    charges by a second run on the 26th — and at the end the chasing of those behind.

    It draws from a random generator of its own (seeded from the demo's seed), so the rest of the demo — names,
    stays, papers — is the same file it was before the fees came."""

    def __init__(self, maker: _Maker, seed: int) -> None:
        self.maker = maker
        self.work = maker.work
        self.rng = random.Random(f"fees-{seed}")
        self.items: dict[str, int] = {}
        self.tenants: list[_FeeTenant] = []
        self.receipts: dict[tuple[str, int], int] = {}
        self.readings: dict[tuple[int, str], Decimal] = {}
        self.counts = {"payments": 0, "reversals": 0, "deposits": 0, "chases": 0, "one_offs": 0, "months": 0}

    # -- time and people ---------------------------------------------------------------------------
    def at(self, day: dt.date, hour: int = 9) -> None:
        self.work.now = dt.datetime.combine(min(day, self.maker.today), dt.time(hour, self.rng.randrange(0, 60)))

    def receipt(self, prefix: str, day: dt.date) -> str:
        n = self.receipts.get((prefix, day.year), 0) + 1
        self.receipts[(prefix, day.year)] = n
        return f"{prefix}{day.year}-{n:06d}"

    # -- set-up ---------------------------------------------------------------------------------
    def set_up(self) -> None:
        """The manager's fee items, rates and letterhead, on the demo's first day."""
        work, maker = self.work, self.maker
        actor = work.actor
        work.actor = maker.manager
        start = maker.start.replace(day=1)
        fees.change_fee_settings(work, DEMO_FEE_SETTINGS)
        for name, basis, meter, billing_day, due_days, free, rate in DEMO_FEE_ITEMS:
            item = fees.save_fee_item(
                work,
                fees.FeeItemDraft(
                    name=name,
                    basis=basis,
                    meter_kind=meter,
                    billing_day=billing_day,
                    due_days=due_days,
                    free_during_fit_out=free,
                ),
            )
            self.items[name] = item.id
            if basis != "one_off":
                fees.set_rate(work, item.id, start, rate)
        # The raise (关于调整管理费的函) came on 1 January three years ago, or the demo's second January if shorter.
        raised = dt.date(max(maker.today.year - 3, start.year + 1), 1, 1)
        if raised <= maker.today:
            fees.set_rate(work, self.items["物业管理费"], raised, DEMO_PROPERTY_FEE_RAISE)
        work.actor = actor

    # -- deposits (at move-in, decided before the move-out) -------------------------------------------------------
    def moved_in(
        self, tenancy_id: int, payer: str, area: Decimal, move_in: dt.date, fit_out: dt.date, move_out: dt.date | None
    ) -> None:
        """The deposits taken at move-in — fit-out (by area), a management-fee deposit of three months, now and then
        the access cards — and the fit-out deposit refunded a month after the fit-out is accepted (a few only in
        part, or with a part kept for damage by the manager, the rest held until the move-out). The clerk records
        them; the demo's clock is put back as it was."""
        work, now = self.work, self.work.now
        departed = move_out is not None and move_out <= self.maker.today
        self.tenants.append(_FeeTenant(tenancy_id, payer, move_in, move_out if departed else None))
        if departed and move_out is not None and move_out < self.maker.start:
            return  # gone before the desk kept the money: its deposits were settled on paper
        self.at(move_in, 10)
        fit_out_fen = 20_000_00 if area >= 150 else 10_000_00
        fit = fees.record_deposit(
            work,
            tenancy_id,
            "fit_out",
            fit_out_fen,
            received_on=move_in,
            receipt_no=self.receipt("YJ", move_in),
            payer=payer,
            note="二次装修押金",
        )
        rate = Decimal(DEMO_FEE_ITEMS[0][6])
        fees.record_deposit(
            work,
            tenancy_id,
            "rental",
            int(area * rate * 3 * 100),
            received_on=move_in,
            receipt_no=self.receipt("YJ", move_in),
            payer=payer,
            note="管理费押金（三个月）",
        )
        self.counts["deposits"] += 2
        if self.rng.random() < 0.3:  # most tenants' cards are on the management-fee deposit; some pay for them
            fees.record_deposit(
                work,
                tenancy_id,
                "access_card",
                self.rng.randrange(2, 9) * 50_00,
                received_on=move_in,
                receipt_no=self.receipt("YJ", move_in),
                payer=payer,
                note="门禁卡押金",
            )
            self.counts["deposits"] += 1
        back = fit_out + dt.timedelta(days=self.rng.randrange(20, 45))
        if back <= self.maker.today and (move_out is None or back < move_out):
            self.at(back, 14)
            draw = self.rng.random()
            if draw < 0.12:
                fees.refund_deposit(
                    work, fit.id, fit_out_fen * 8 // 10, day=back, note="竣工验收合格，先退八成，余款待消防复验后退还"
                )
            elif draw < 0.2:
                # Damage to the common parts during the works: the manager keeps the repair out of the deposit; the
                # rest stays held until the fire inspection.
                actor = work.actor
                work.actor = self.maker.manager
                fees.retain_deposit(
                    work, fit.id, fit_out_fen // 10, day=back, reason="装修损坏公共走廊墙面，扣除修复费用"
                )
                work.actor = actor
            else:
                fees.refund_deposit(work, fit.id, fit_out_fen, day=back, note="竣工验收合格，全额退还")
        work.now = now

    def moving_out(self, tenancy_id: int, day: dt.date, checklist: tenancy.MoveOutChecklist) -> None:
        """Every deposit still held is decided on the move-out day, before the move-out itself: refunded, or — as
        the checklist says — partly retained by the department manager's own decision with the reason."""
        work, now, actor = self.work, self.work.now, self.work.actor
        self.at(day, 11)
        for held in fees.deposits_of(work, tenancy_id):
            left = held.undecided_fen
            if not left:
                continue
            if held.kind == "rental" and checklist.deposit == "retained":
                kept = max(100, left * self.rng.randrange(20, 101) // 100)
                work.actor = self.maker.manager
                fees.retain_deposit(work, held.id, kept, day=day, reason=checklist.deposit_note or "抵扣欠费")
                work.actor = actor
                left -= kept
            if left:
                fees.refund_deposit(work, held.id, left, day=day, note="退租结清，退还押金")
        work.now = now

    # -- month by month -------------------------------------------------------------------------------
    def months(self) -> Iterator[fees.Month]:
        month = fees.Month(self.maker.start.year, self.maker.start.month)
        while month.first <= self.maker.today:
            yield month
            month = fees.Month(month.year + month.month // 12, month.month % 12 + 1)

    def choose_payers(self) -> None:
        """How each tenancy pays: most a quarter ahead (按季预缴), about one in five each month, one in seven late —
        paying each quarter only what is one to three months old (those still here cycle through lags 3, 2, 1, and
        all pay in today's month, so every ageing column has someone) —, and two or three long-term debtors — one
        departed, owing since months before its move-out — over 90 days behind."""
        today = self.maker.today
        late = [t for n, t in enumerate(self.tenants) if n % 7 == 3]
        for t in self.tenants:
            t.way = "monthly" if self.rng.random() < 0.2 else "quarterly"
        for n, t in enumerate(sorted(late, key=lambda t: (t.moved_out is not None, t.tenancy_id))):
            t.way, t.lag = "late", 3 - n % 3
        gone = [
            t
            for t in self.tenants
            if t.way != "late"
            and t.moved_out is not None
            and 120 < (today - t.moved_out).days < 700
            and (t.moved_out - max(t.move_in, self.maker.start)).days > 300
        ]
        here = [
            t
            for t in self.tenants
            if t.way != "late" and t.moved_out is None and (today - max(t.move_in, self.maker.start)).days > 400
        ]
        debtors = ([self.rng.choice(gone)] if gone else []) + self.rng.sample(here, min(2, len(here)))
        for t in debtors:
            t.way = "debtor"
            end = t.moved_out or today
            t.stops = end - dt.timedelta(days=self.rng.randrange(150, 260))

    def run(self) -> None:
        """Every month from the demo's start to today, as the desk lives it."""
        work, maker = self.work, self.maker
        actor = work.actor
        self.choose_payers()
        for index, month in enumerate(self.months()):
            self.counts["months"] += 1
            work.actor = maker.supervisor
            self.at(month.first, 9)
            fees.generate_month(work, month)
            work.actor = maker.clerk
            self.payments(index, month)
            self.one_offs(month)
            reading_day = month.day(READING_DAY)
            if reading_day <= maker.today:
                self.read_meters(month, reading_day)
                work.actor = maker.supervisor
                self.at(reading_day + dt.timedelta(days=1), 9)
                fees.generate_month(work, month)  # the metered lines: the rest of the month is unchanged
        work.actor = maker.clerk
        self.chase()
        work.actor = actor

    def read_meters(self, month: fees.Month, day: dt.date) -> None:
        """The 25th: the engineering department reads every occupied unit's meters and hands the sheet to the desk,
        which takes it in as one batch: the rows written together, one line in the audit log for the sheet (through
        ``record_reading`` one by one, eight years of a building's meters would triple the demo's build time)."""
        self.at(day, 16)
        rows = []
        for unit_id in self.occupied_units(day):
            for kind, low, high in (("electricity", 200, 4000), ("water", 5, 60)):
                used = Decimal(self.rng.randrange(low * 100, high * 100)) / 100
                reading = self.readings.get((unit_id, kind), Decimal(self.rng.randrange(1000, 50000))) + used
                self.readings[(unit_id, kind)] = reading
                rows.append(
                    {
                        "unit_id": unit_id,
                        "meter_kind": kind,
                        "meter_no": "",
                        "reading": reading,
                        "read_on": day,
                        "confirmed_by": "工程部",
                        "recorded_by": self.maker.clerk.user_id,
                        "recorded_at": self.work.now,
                    }
                )
        if rows:
            self.work.session.execute(insert(MeterReading), rows)
            self.work.touched.units.update(row["unit_id"] for row in rows)  # type: ignore[misc]
            self.work.log(None, "meter_reading", None, "import", {"on": day, "readings": len(rows)})

    def occupied_units(self, day: dt.date) -> list[int]:
        table = TenancyUnit.__table__
        return list(
            self.work.session.scalars(
                select(table.c.unit_id)
                .where(table.c.start_date <= day, (table.c.end_date.is_(None)) | (table.c.end_date > day))
                .order_by(table.c.unit_id)
            )
        )

    def pays_in(self, t: _FeeTenant, month: fees.Month) -> str | None:
        """Whether ``t`` pays in ``month``: "all" it owes, "ahead" (that and two more months), "due" (only what is
        ``lag`` months old), or None. A departed tenancy settles its final bill — the last meter readings included —
        in the month after its move-out."""
        if t.way == "debtor" and t.stops is not None and month.first >= t.stops:
            return None
        if t.moved_out is not None:
            last = t.moved_out - dt.timedelta(days=1)
            if (month.year * 12 + month.month) - (last.year * 12 + last.month) == 1:
                return "all"
        if not t.active_in(month):
            return None
        if t.way == "quarterly":
            if month.month not in (1, 4, 7, 10):
                return None
            # Nobody pays a quarter ahead with the move-out in sight: what is owed, no more.
            soon = t.moved_out is not None and t.moved_out <= month.last + dt.timedelta(days=92)
            return "all" if soon else "ahead"
        if t.way == "late":
            today = self.maker.today
            return "due" if (month.year * 12 + month.month - today.year * 12 - today.month) % 3 == 0 else None
        return "all"

    def payments(self, index: int, month: fees.Month) -> None:
        paying = [(t, what) for t in self.tenants if (what := self.pays_in(t, month))]
        if not paying:
            return
        balances = fees.for_tenancies(self.work, [t.tenancy_id for t, _ in paying])
        reversed_one = index % 23 != 11
        for t, what in paying:
            lines = balances.after_credit(t.tenancy_id)
            if what == "due":  # the late: what was billed lag months ago and before
                cutoff = fees.Month(
                    month.year - (1 if month.month <= t.lag else 0), (month.month - t.lag - 1) % 12 + 1
                ).last
                lines = [line for line in lines if line.billed_on <= cutoff]
            owed = sum(line.open_fen for line in lines)
            if what == "ahead":
                # A quarter in advance: a month's bill — this month's fees and last month's water and electricity —
                # twice more and a tenth over, rounded up to the yuan; kept as credit for the coming bills.
                before = fees.Month(month.year - (month.month == 1), (month.month - 2) % 12 + 1).code
                a_month = sum(
                    line.amount_fen
                    for line in balances.lines.get(t.tenancy_id, [])
                    if line.period == month.code or (line.period == before and line.billed_on.day >= READING_DAY)
                )
                owed += -(-a_month * 22 // 10 // 100) * 100
            if owed <= 0:
                continue
            day = min(month.day(self.rng.randrange(3, 12)), self.maker.today)
            self.at(day, 10)
            method = self.rng.choice(_PAYMENT_METHODS)
            paid = fees.record_payment(
                self.work,
                t.tenancy_id,
                owed,
                paid_on=day,
                method=method,
                payer=t.payer,
                receipt_no=self.receipt("SK", day),
            )
            self.counts["payments"] += 1
            staying = t.moved_out is None or t.moved_out > month.last + dt.timedelta(days=60)
            if not reversed_one and method in ("transfer", "cheque") and staying:
                # Now and then a transfer bounces (退票): the supervisor reverses it a few days later, and the
                # tenant's next payment covers what it had paid.
                reversed_one = True
                self.work.actor = self.maker.supervisor
                later = min(day + dt.timedelta(days=3), self.maker.today)
                self.at(later, 15)
                fees.reverse_payment(self.work, paid.id, "银行退票，款项未到账", day=later)
                self.work.actor = self.maker.clerk
                self.counts["reversals"] += 1

    def one_offs(self, month: fees.Month) -> None:
        """Now and then a one-off at the desk: air-conditioning after hours, a lost access card replaced."""
        for t in self.tenants:
            if t.moved_out is not None or not t.active_in(month):
                continue
            draw = self.rng.random()
            if draw >= 0.03:
                continue
            day = month.day(self.rng.randrange(12, 24))
            if day > self.maker.today or day < t.move_in:
                continue
            self.at(day, 15)
            if draw < 0.022:
                hours = self.rng.randrange(3, 25)
                fees.add_charge(
                    self.work,
                    t.tenancy_id,
                    self.items["加班费"],
                    hours * 120_00,
                    period=month,
                    quantity=Decimal(hours),
                    description=f"周末加班空调 {hours} 小时",
                )
            else:
                fees.add_charge(
                    self.work,
                    t.tenancy_id,
                    self.items["门禁卡补办费"],
                    50_00,
                    period=month,
                    quantity=Decimal(1),
                    description="门禁卡遗失补办 1 张",
                )
            self.counts["one_offs"] += 1

    def chase(self) -> None:
        """The last months' chasing log of those more than 30 days behind today: a call, then a letter, a visit."""
        today = self.maker.today
        for row in fees.arrears(self.work, as_of=today, over_days=30):
            times = min(len(_CHASES), 1 + row.days_overdue // 60)
            for n in range(times):
                day = today - dt.timedelta(days=(times - n) * 20 + self.rng.randrange(0, 10))
                day = max(day, row.oldest_due + dt.timedelta(days=1))
                method, outcome = _CHASES[n]
                promised = day + dt.timedelta(days=self.rng.randrange(7, 30)) if method == "phone" else None
                self.at(day, 15)
                fees.record_chase(
                    self.work,
                    row.tenancy_id,
                    chased_on=day,
                    method=method,
                    contact="财务负责人",
                    outcome=outcome,
                    promised_on=promised,
                )
                self.counts["chases"] += 1


# Parents before children: the order the bulk build writes its held rows in.
_BULK_MODELS: tuple[type[Any], ...] = (
    Customer,
    CustomerName,
    Tenancy,
    TenancyUnit,
    Dossier,
    LabelPrint,
    Contact,
    Document,
    Attachment,
    MoveOut,
)


class _BulkFees(_DemoFees):
    """The portfolio demo's money: the same fee items, and the last twelve months — the meters read in bulk, each
    month's charges by the monthly run itself (``generate_month``: the benchmark's operation, fast enough for 2 400
    units), the payments and their allocations written in bulk with one line in the audit log. Most pay each month
    a few days after the bill, one in seven one to three months late, one in two hundred not at all since a month
    of the year; no deposits (the portfolio's tenancies began before the desk kept them)."""

    MONTHS = 12

    def run(self) -> None:
        work, maker = self.work, self.maker
        actor = work.actor
        first = fees.Month(maker.today.year, maker.today.month)
        for _ in range(self.MONTHS - 1):
            first = fees.Month(first.year - (first.month == 1), (first.month - 2) % 12 + 1)
        before = fees.Month(first.year - (first.month == 1), (first.month - 2) % 12 + 1)
        work.actor = maker.clerk
        self.read_meters(before, before.day(READING_DAY))  # the readings the first month's use is counted from
        month = first
        while month.first <= maker.today:
            reading_day = month.day(READING_DAY)
            work.actor = maker.clerk
            if reading_day <= maker.today:
                self.read_meters(month, reading_day)
            work.actor = maker.supervisor
            self.at(min(reading_day + dt.timedelta(days=1), maker.today), 9)
            fees.generate_month(work, month)
            self.counts["months"] += 1
            month = fees.Month(month.year + month.month // 12, month.month % 12 + 1)
        work.actor = maker.clerk
        self.bulk_payments()
        work.actor = actor

    def bulk_payments(self) -> None:
        session, today = self.work.session, self.maker.today
        charges = session.execute(
            select(FeeCharge.tenancy_id, FeeCharge.id, FeeCharge.amount_fen, FeeCharge.billed_on).order_by(
                FeeCharge.tenancy_id, FeeCharge.due_on, FeeCharge.id
            )
        ).all()
        by_tenancy: dict[int, list[tuple[int, int, dt.date]]] = {}
        for tenancy_id, charge_id, amount, billed_on in charges:
            by_tenancy.setdefault(tenancy_id, []).append((charge_id, amount, billed_on))
        names = dict(
            session.execute(
                select(Tenancy.id, Customer.name)
                .join(Customer, Customer.id == Tenancy.customer_id)
                .where(Tenancy.id.in_(list(by_tenancy)))
            ).all()
        )
        next_id = (session.scalar(select(func.max(FeePayment.id))) or 0) + 1
        payments: list[dict[str, object]] = []
        allocations: list[dict[str, object]] = []
        for tenancy_id, lines in by_tenancy.items():
            draw = self.rng.random()
            lag = 0 if draw >= 0.15 else 1 + int(draw / 0.05)  # one in seven 1–3 months late
            stops = today - dt.timedelta(days=self.rng.randrange(100, 330)) if self.rng.random() < 0.005 else None
            # A month's bill — the property fees of the 1st, last month's meters of the 28th — is paid at once.
            groups: dict[tuple[int, int], list[tuple[int, int, dt.date]]] = {}
            for line in lines:
                billed = line[2] if line[2].day < 15 else line[2] + dt.timedelta(days=10)
                groups.setdefault((billed.year, billed.month), []).append(line)
            for (year, month), group in sorted(groups.items()):
                month += lag
                year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
                day = dt.date(year, month, self.rng.randrange(3, 12))
                if day > today or (stops is not None and day >= stops):
                    continue
                amount = sum(fen for _, fen, _ in group)
                self.at(day, 10)
                payments.append(
                    {
                        "id": next_id,
                        "tenancy_id": tenancy_id,
                        "receipt_no": self.receipt("SK", day),
                        "paid_on": day,
                        "method": self.rng.choice(_PAYMENT_METHODS),
                        "amount_fen": amount,
                        "payer": names.get(tenancy_id, ""),
                        "note": "",
                        "reverses_id": None,
                        "created_by": self.maker.clerk.user_id,
                        "created_at": self.work.now,
                    }
                )
                allocations.extend({"payment_id": next_id, "charge_id": c, "amount_fen": fen} for c, fen, _ in group)
                next_id += 1
        if payments:
            session.execute(insert(FeePayment), payments)
            session.execute(insert(FeeAllocation), allocations)
            self.work.touched.fees.update(by_tenancy)
        self.counts["payments"] = len(payments)
        self.at(today, 17)
        self.work.log(None, "fees", None, "bulk_payments", {"payments": len(payments), "allocations": len(allocations)})


# -- issue 20: authorised signatories and seal specimens --------------------------------------------------------------


def _signature_png(path: Path, rng: random.Random) -> Path:
    """A hand-signed name as a scanner sees it: a few joined strokes in blue-black ink on white."""
    image = Image.new("RGB", (240, 80), "white")
    draw = ImageDraw.Draw(image)
    x, y = 12, rng.randrange(30, 55)
    for _ in range(rng.randrange(5, 9)):
        nx, ny = min(x + rng.randrange(18, 40), 228), rng.randrange(14, 68)
        draw.line((x, y, nx, ny), fill=(20, 30, 90), width=3)
        x, y = nx, ny
    image.save(path, "PNG", optimize=True)
    return path


def _seal_png(path: Path, rng: random.Random, oval: bool) -> Path:
    """A red seal's impression: a ring (an oval for a finance seal), a star and a few strokes for the name."""
    image = Image.new("RGB", (160, 160) if not oval else (180, 120), "white")
    width, height = image.size
    draw = ImageDraw.Draw(image)
    red = (200, 30, 30)
    draw.ellipse((8, 8, width - 8, height - 8), outline=red, width=5)
    cx, cy = width // 2, height // 2
    star = [(cx, cy - 18), (cx + 6, cy - 5), (cx + 19, cy - 5), (cx + 9, cy + 4), (cx + 12, cy + 18)]
    star += [(cx, cy + 10), (cx - 12, cy + 18), (cx - 9, cy + 4), (cx - 19, cy - 5), (cx - 6, cy - 5)]
    draw.polygon(star, fill=red)
    for n in range(rng.randrange(4, 7)):  # the characters of the name around the ring, as short strokes
        x = 24 + n * (width - 48) // 6
        draw.line((x, 22, x + 8, 30), fill=red, width=3)
    image.save(path, "PNG", optimize=True)
    return path


def lodge_specimens(work: Work, customer_id: int, since: dt.date, today: dt.date, scratch: Path) -> None:
    """A live tenant's authorised signatories and seals, lodged at move-in: one or two people authorised since then
    (now and then a former one whose authority ended, and one whose begins next month), the 公章 and 财务章 (now and
    then a 公章 lodged again later, the first kept on record). Drawn from a generator of its own, so the rest of the
    demo stays as it was."""
    rng = random.Random(f"specimens-{customer_id}")
    now = work.now

    def person() -> str:
        return rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(rng.choice((1, 2))))

    def id_number() -> str:
        born = dt.date(1965, 1, 1) + dt.timedelta(days=rng.randrange(0, 12_000))
        return f"440305{born:%Y%m%d}{rng.randrange(100, 999)}{rng.choice('0123456789X')}"

    people_ = [(person(), "行政经理", since, None)]
    if rng.random() < 0.5:
        people_.append((person(), "总经理", since, None))
    span = (today - since).days
    if span > 200 and rng.random() < 0.35:  # someone who has left the company: their authority ended
        ended = since + dt.timedelta(days=rng.randrange(60, span - 30))
        people_.append((person(), "财务主管", since, ended))
    if rng.random() < 0.1:  # a new manager whose authority begins next month
        people_.append((person(), "副总经理", today + dt.timedelta(days=20), None))
    for name, position, start, end in people_:
        picture = _signature_png(scratch / f"{name}签字样本-{customer_id}-{rng.randrange(10**6)}.png", rng)
        customers.add_signatory(
            work,
            customer_id,
            customers.SignatoryInput(name, start, id_number(), position, end),
            picture,
        )
    for seal, oval, shown in (("official", False, "公章"), ("finance", True, "财务章")):
        picture = _seal_png(scratch / f"{shown}印模-{customer_id}.png", rng, oval)
        customers.add_seal_specimen(work, customer_id, seal, since, picture)
    if span > 400 and rng.random() < 0.3:  # the 公章 was re-cut: a newer specimen, the first stays on record
        again = since + dt.timedelta(days=rng.randrange(365, span))
        work.now = dt.datetime.combine(again, now.time())
        picture = _seal_png(scratch / f"公章印模（新刻）-{customer_id}.png", rng, False)
        customers.add_seal_specimen(work, customer_id, "official", again, picture)
    work.now = now
