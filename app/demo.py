"""A realistic, deterministic demo building: the same seed and day always give the same file.

Everything goes through the application layer (the same rules as the desk), back-dating the
recording time of each step so the History tab reads like years of real use.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import secrets
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from sqlalchemy import select

from app import approvals, archive, building, customers, dossier, loans, people, tenancy
from app.customers import CustomerInput
from app.desk import Actor, Desk, Work
from app.dossier import ContactInput, DocumentInput
from app.errors import ValidationError
from app.files import new_database_file
from app.permissions import Role
from app.text import PLURAL, QT_TRANSLATE_NOOP
from app.validation import FIRST_YEAR, whole_number, within_years
from db.models import Document, Dossier

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
            QT_TRANSLATE_NOOP("app", "%n year(s) of history before {day} would begin before {first}.", "", PLURAL),
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
) -> DemoSummary:
    """Create a new demo database at ``path`` (which must not exist yet).

    It is built under a temporary name and put at ``path`` only when complete: a demo killed halfway leaves
    no file with users and no building (and the next run for the same ``path`` clears what it left).
    """
    check_options(seed=seed, floors=floors, units_per_floor=units_per_floor, years=years, as_of=as_of)
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
            maker = _DemoMaker(work, clerk, manager, random.Random(seed), today, years, Path(scratch))
            maker.supervisor = supervisor
            maker.build(floors, units_per_floor, progress)
            counts = maker.counts
    return DemoSummary(
        path=path,
        building=BUILDING_NAME,
        floors=floors,
        units=floors * units_per_floor,
        tenancies=counts["tenancies"],
        live_dossiers=counts["live"],
        departed_dossiers=counts["departed"],
        documents=counts["documents"],
        attachments=counts["attachments"],
        password=password,
        password_generated=generated,
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


class _DemoMaker:
    def __init__(
        self, work: Work, clerk: Actor, manager: Actor, rng: random.Random, today: dt.date, years: int, scratch: Path
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

    # -- time -------------------------------------------------------------------------------
    def at(self, day: dt.date) -> None:
        """Back-date the recording time to ``day`` (office hours), never past the demo's today."""
        day = min(day, self.today)
        minutes = self.rng.randrange(8 * 60 + 30, 17 * 60 + 30)
        self.work.now = dt.datetime.combine(day, dt.time(minutes // 60, minutes % 60))

    def day_between(self, first: dt.date, last: dt.date) -> dt.date:
        if last <= first:
            return first
        return first + dt.timedelta(days=self.rng.randrange((last - first).days + 1))

    # -- building and tenancies ---------------------------------------------------------------
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
        self.work.actor = self.clerk
        by_floor: dict[str, list[building.UnitCard]] = {}
        for card in cards:
            by_floor.setdefault(card.floor, []).append(card)
        done = 0
        for floor_cards in by_floor.values():
            i = 0
            while i < len(floor_cards):
                # About one tenant in eight takes two neighbouring units on one lease.
                take = 2 if i + 1 < len(floor_cards) and self.rng.random() < 0.12 else 1
                self.unit_timeline(floor_cards[i : i + take])
                i += take
                done += take
                if progress:
                    progress(done, len(cards))
        self.archive_past_years()
        self.loans_and_requests()

    def archive_past_years(self) -> None:
        """The supervisor has archived every year but the last one (R7): the wizard has last year to do.

        Before the first archiving the manager filled in the archive settings (全宗 is the management company's
        customer-services department), so every bound file carries a standard 档号 like X01-2024-D30-0007.
        """
        settings_saved = False
        for summary in sorted(archive.archive_years(self.work), key=lambda y: y.year):
            if summary.year >= self.today.year - 1:
                continue
            self.at(dt.date(summary.year + 1, 1, 15))
            if not settings_saved:
                self.work.actor = self.manager
                archive.change_archive_settings(
                    self.work,
                    fonds_name=DEMO_FONDS_NAME,
                    fonds_code="X01",
                    catalogue_no="1",
                    code_pattern=archive.DEFAULT_CODE_PATTERN,
                    retention_codes=dict(archive.DEFAULT_RETENTION_CODES),
                )
                settings_saved = True
            self.work.actor = self.supervisor
            archive.archive_year(
                self.work,
                summary.year,
                archive.BoxOptions(spine_mm=40, shelf_location=f"档案室 {summary.year % 100:02d} 号柜"),
                bind_unbound=True,
            )
        self.work.actor = self.clerk

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

    def unit_timeline(self, cards: list[building.UnitCard]) -> None:
        """Tenancies one after another from the start of the demo period up to today."""
        day = self.start - dt.timedelta(days=self.rng.randrange(0, 900))
        while day < self.today:
            if self.rng.random() < 0.025 and day > self.start:
                break  # stays vacant from here on
            stay = dt.timedelta(days=self.rng.randrange(300, 5 * 365))
            move_out: dt.date | None = day + stay
            assert move_out is not None
            if move_out > self.today + dt.timedelta(days=60):
                move_out = None  # still here
            elif move_out > self.today:
                pass  # notice given: moving out within two months
            self.tenancy(cards, day, move_out)
            if move_out is None:
                break
            day = move_out + dt.timedelta(days=self.rng.choice((0, 0, 0, 7, 14, 20, 30, 45, 90)))

    def tenancy(self, cards: list[building.UnitCard], move_in: dt.date, move_out: dt.date | None) -> None:
        floor_label = cards[0].floor
        customer = self.new_customer()
        fit_out = move_in + dt.timedelta(days=self.rng.randrange(30, 100))
        self.at(move_in)
        result = tenancy.move_in(
            self.work,
            customer=customer,
            unit_ids=[c.unit_id for c in cards],
            move_in=move_in,
            fit_out_until=fit_out,
            location=f"{floor_label} 档案柜 {self.rng.randrange(1, 4)}-{self.rng.randrange(1, 6):02}",
        )
        self.counts["tenancies"] += 1
        departed = move_out is not None and move_out <= self.today
        self.counts["departed" if departed else "live"] += 1
        end = min(move_out or self.today, self.today)
        tenancy.mark_printed(self.work, [result.dossier_id])  # the folder got its label at move-in
        self.contacts(result.dossier_id, customer, move_in)
        self.documents(result.dossier_id, customer, cards, move_in, fit_out, end, departed)
        if self.rng.random() < 0.12 and (end - move_in).days > 400:
            renamed = self.day_between(move_in + dt.timedelta(days=200), end - dt.timedelta(days=30))
            self.at(renamed)
            new_name = self.company_name()
            customers.update_customer(
                self.work,
                result.customer_id,
                CustomerInput(**{**customer.__dict__, "name": new_name}),
                renamed,
                expected_version=customers.get_customer(self.work, result.customer_id).version,
            )
            if self.rng.random() < 0.6:  # most relabelled promptly; the rest wait on the label check (R5)
                self.at(renamed + dt.timedelta(days=self.rng.randrange(1, 10)))
                tenancy.mark_printed(self.work, [result.dossier_id])
        if move_out is not None and move_out <= self.today:
            self.at(move_out)
            tenancy.move_out(self.work, result.tenancy_id, day=move_out, checklist=self.move_out_checklist())
        elif move_out is not None:
            self.at(self.today - dt.timedelta(days=self.rng.randrange(0, 20)))
            tenancy.give_notice(self.work, result.tenancy_id, move_out)

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

    # -- people and companies -----------------------------------------------------------------
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

    def contacts(self, dossier_id: int, customer: CustomerInput, move_in: dt.date) -> None:
        self.at(move_in)
        for i in range(self.rng.randrange(1, 4)):
            dossier.add_contact(
                self.work,
                dossier_id,
                ContactInput(
                    name=self.person(),
                    role=_ROLES[i] if i else "行政经理",
                    phone=customer.phone if i == 0 else "",
                    mobile=self.mobile(),
                    email=customer.email if i == 0 else "",
                ),
            )
        dossier.add_contact(
            self.work,
            dossier_id,
            ContactInput(name=self.person(), role="紧急联系人", mobile=self.mobile(), is_emergency=True),
        )

    # -- documents ----------------------------------------------------------------------------
    def documents(
        self,
        dossier_id: int,
        customer: CustomerInput,
        cards: list[building.UnitCard],
        move_in: dt.date,
        fit_out: dt.date,
        end: dt.date,
        departed: bool,
    ) -> None:
        units = "、".join(c.number for c in cards)
        cabinet = f"{cards[0].floor} 档案柜"
        add = self.add_document
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
                add(dossier_id, category, move_in, title, issuer, original, cabinet, requirement=code)
        add(dossier_id, "fees_deposits", move_in, "装修押金收据", "财务部", True, cabinet)
        add(dossier_id, "fit_out", move_in + dt.timedelta(days=3), "二次装修申请表", customer.name, True, cabinet)
        add(dossier_id, "fit_out", move_in + dt.timedelta(days=7), "装修施工图纸", "设计单位", False, cabinet)
        if fit_out <= end:
            add(dossier_id, "fit_out", fit_out, "装修竣工验收单", "工程部", True, cabinet)
        events = (
            ("form_door_lock", "门锁更换申请表", customer.name, True),
            ("form_phone", "电话安装申请表 qms-pm-31307", customer.name, True),
            ("form_parking", "车位申请表 qms-pm-31315", customer.name, True),
            ("form_signage", "水牌制作申请", customer.name, True),
            ("form_after_hours", "客户加班申请", customer.name, True),
            ("fees_deposits", "管理费缴费记录", "财务部", False),
            ("repairs", "空调不制冷报修单", "工程部", False),
            ("repairs", "卫生间漏水报修单", "工程部", False),
            ("complaints", "噪音投诉处理记录", "客务部", False),
            ("correspondence", "关于调整管理费的函", "星河物业管理有限公司", True),
            ("correspondence", "客户来函：停车位事宜", customer.name, True),
            ("staff_changes", "员工离职登记表 qms-pm-31316", customer.name, True),
            ("violations_arrears", "违规装修整改通知书", "客务部", True),
            ("contact_details", "联络资料变更", customer.name, False),
            ("other", "钥匙托管登记表 qms-pm-31317", "客务部", True),
        )
        span = max((end - move_in).days, 1)
        for _ in range(int(span / 365 * self.rng.uniform(2.5, 6)) + 1):
            category, title, issuer, original = self.rng.choice(events)
            day = self.day_between(move_in + dt.timedelta(days=10), end)
            ref = ""
            if category == "correspondence" and issuer.startswith("星河"):
                self.letter_no += 1
                ref = f"星物函〔{day.year}〕{self.letter_no % 200 + 1}号"
            add(dossier_id, category, day, title, issuer, original, cabinet, ref)
        if departed:
            add(dossier_id, "move_in", end, "退租交接单", "客务部", True, cabinet)

    def add_document(
        self,
        dossier_id: int,
        category: str,
        day: dt.date,
        title: str,
        issuer: str,
        original: bool,
        cabinet: str,
        reference_no: str = "",
        requirement: str | None = None,
    ) -> None:
        day = min(day, self.today)
        self.at(day)
        if (self.today - day).days < 45 and self.rng.random() < 0.3:
            cabinet = ""  # recent paper not filed in the cabinet yet: the grid shows a badge
        scans: list[Path] = []
        if self.rng.random() < 0.3:
            scans.append(self.scan(title, day))
        dossier.add_document(
            self.work,
            dossier_id,
            DocumentInput(
                category=category,
                doc_date=day,
                title=title,
                reference_no=reference_no,
                issuer=issuer,
                pages=None if scans else self.rng.randrange(1, 6),
                is_original=original,
                paper_location=cabinet,
                requirement=requirement,
            ),
            scans,
        )
        self.counts["documents"] += 1
        self.counts["attachments"] += len(scans)

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
