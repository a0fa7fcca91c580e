"""The demo building's service registers (issue 16): fit-out projects, repairs, complaints, violations, return visits
and two years of satisfaction surveys, drawn over the demo's years after its tenancies and money are made.

Each record is planned first as what happened to it — created on a day by someone, then its steps (the action, the
day and time, who took it, what it changed) — and only the steps that happened by the demo's today are taken, so a
record reported last week is still open and one from 2021 is long closed. The plans of every record are then
played in the order of their times:

- the small demo (``bulk=False``) takes every step through the register's state machine (``Machine.started`` /
  ``Machine.step``: the step checked, its ``register_step`` row and its line in the audit log, the clock and the
  acting user set as the desk had them — the clerk for daily steps, the supervisor or the manager for decisions);
- the portfolio demo (``bulk=True``) checks every move against the same machines but writes the rows in batches
  with one summary line in the audit log per register, like the rest of ``_BulkMaker``.

The register app functions are written in parallel (issue 16), so the rows are written with the ORM models here.
It draws from a random generator of its own (seeded from the demo's seed): the rest of the demo is the same file
it was before the registers came.
"""

from __future__ import annotations

import datetime as dt
import heapq
import itertools
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import func, insert, select

from app import forms, registers, staff
from app.desk import Actor, Work
from app.permissions import Action
from app.registers import COMPLAINT, FIT_OUT, REPAIR, VIOLATION, Machine
from db.models import (
    Complaint,
    Contact,
    CorrectiveAction,
    Customer,
    Deposit,
    DepositMove,
    Dossier,
    FitOutProject,
    MeterReading,
    RegisterStep,
    Repair,
    ReturnVisit,
    SurveyResponse,
    SurveyRound,
    Tenancy,
    TenancyUnit,
    Violation,
)

_SURNAMES = "王李张刘陈杨黄赵周吴徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈"
_GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚华玲辉鹏建国红文斌宇浩凯晨欣怡"

# The departments' people the desk assigns work to.
STAFF = {
    "工程部": ("张建华", "刘国强", "黄志明", "周海涛", "吴德胜"),
    "保洁部": ("李秀英", "陈桂兰", "杨红梅"),
    "保安部": ("赵磊", "孙勇", "马超"),
    "客务部": ("王小明", "林芳", "郑丽"),
}

# What goes wrong in a unit: what the customer says, where, the department, what was done, the materials, urgency.
_REPAIRS: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("空调不制冷", "办公区", "工程部", "清洗空调滤网并补充冷媒，试机制冷正常", "R410A 冷媒 1 瓶", "urgent"),
    ("卫生间漏水", "卫生间", "工程部", "更换洗手盆下水管密封圈，试水无渗漏", "密封圈 2 个", "urgent"),
    ("门禁卡失灵", "大门", "保安部", "门禁卡重新写卡并测试，开门正常", "", "normal"),
    ("灯管不亮", "会议室", "工程部", "更换 LED 灯管 2 支", "LED 灯管 2 支", "normal"),
    ("门锁损坏，无法反锁", "大门", "工程部", "更换门锁锁芯，交客户新钥匙 3 把", "锁芯 1 个", "urgent"),
    ("插座无电", "前台", "工程部", "更换烧坏的插座面板，检查线路正常", "五孔插座面板 1 个", "normal"),
    ("窗户关不严，漏风", "经理室", "工程部", "调整窗扇铰链，更换密封条", "密封条 3 米", "normal"),
    ("天花板渗水", "茶水间", "工程部", "检修楼上冷凝水管并更换受潮吊顶板", "石膏板 2 块", "emergency"),
    ("下水道堵塞", "茶水间", "工程部", "疏通下水管道", "", "urgent"),
    ("地毯污渍需清洗", "办公区", "保洁部", "地毯深度清洗", "地毯清洁剂", "normal"),
    ("玻璃门破裂", "大门", "工程部", "更换钢化玻璃门扇", "钢化玻璃 1 块", "urgent"),
    ("整层跳闸停电", "配电箱", "工程部", "查出短路的饮水机插座，复位空气开关", "空气开关 1 个", "emergency"),
    ("空调噪音大", "办公区", "工程部", "紧固风机盖板，加装减震垫", "减震垫 4 个", "normal"),
    ("烟感误报", "走廊", "工程部", "清洁烟感探头并测试", "", "urgent"),
    ("马桶冲水不止", "卫生间", "工程部", "更换水箱进水阀", "进水阀 1 个", "normal"),
    ("墙面开裂掉灰", "会议室", "工程部", "铲除空鼓部分，批荡修补并补刷乳胶漆", "腻子、乳胶漆", "normal"),
    ("门禁对讲无声音", "前台", "保安部", "更换对讲分机话筒", "对讲话筒 1 个", "normal"),
    ("百叶窗拉绳断了", "办公区", "工程部", "更换百叶窗拉绳", "拉绳 2 根", "normal"),
    ("水龙头关不紧滴水", "茶水间", "工程部", "更换水龙头阀芯", "阀芯 1 个", "normal"),
    ("办公区有异味", "办公区", "保洁部", "清洗地漏并喷洒除味剂", "除味剂", "normal"),
)
_CHANNELS = ("phone",) * 6 + ("walk_in",) * 3 + ("self",)
_OPEN_REPAIR_NOTES = ("等待配件到货", "需厂家上门维修，已预约", "待客户确认维修时间")

# What a tenant complains about, the department responsible and what it did.
_COMPLAINTS: tuple[tuple[str, str, str], ...] = (
    ("电梯等候时间长，上下班高峰要等五分钟以上", "工程部", "调整高峰时段电梯群控模式，增开一部货梯载客"),
    ("隔壁单位装修噪音大，影响正常办公", "客务部", "约谈装修单位，噪音作业改在晚上八点以后及周末进行"),
    ("空调温度不够，下午办公区闷热", "工程部", "检修空调主机，调高下午时段冷冻水供应量"),
    ("卫生间清洁不及时，下午常缺纸巾", "保洁部", "增加下午两次巡查补给，责任保洁员已批评教育"),
    ("大堂保安态度生硬", "保安部", "当班保安已作检讨，全体保安进行服务礼仪培训"),
    ("访客登记手续繁琐，客户等候时间长", "保安部", "增设访客二维码预约登记，高峰时段增派一名保安"),
    ("快递无人代收，经常退回", "客务部", "前台设立快递暂存点，代收后短信通知客户"),
    ("维修人员上门不准时", "工程部", "维修派工增加预约时段，超时由主管回访说明"),
    ("加班空调费用偏高", "客务部", "向客户解释收费标准，提供加班空调计时明细"),
    ("公共走廊有异味", "保洁部", "查明为垃圾间清运不及时，改为每日清运两次"),
    ("地下停车场照明不足", "工程部", "更换停车场损坏灯具 18 套，增设照明"),
    ("外卖员在大堂聚集，影响形象", "保安部", "在一楼侧门设外卖取餐点，大堂不再放行外卖员"),
    ("楼上漏水殃及本单位天花", "工程部", "维修楼上单位冷凝水管，更换本单位受损吊顶，协调赔偿"),
)
_COMPLAINT_CHANNELS = ("phone",) * 5 + ("walk_in",) * 3 + ("letter", "email", "other")
_SEND_BACK = "处理结果不够具体，请补充整改措施及完成时间"

_VIOLATIONS = (
    "占用消防通道堆放货物",
    "在办公室内吸烟",
    "私拉电线给电动车充电",
    "在公共区域张贴广告",
    "擅自占用公共走廊摆放办公家具",
    "员工在楼梯间吸烟",
)
_FIT_OUT_VIOLATIONS = (
    "未经审批拆改非承重墙体",
    "施工期间在公共走廊堆放建筑垃圾",
    "工作日办公时间进行电钻等噪音作业",
    "擅自移动消防喷淋头位置",
    "动火作业未办理动火证",
)
_CONTRACTORS = (
    "深圳市华艺装饰工程有限公司",
    "深圳市金鹏建筑装饰有限公司",
    "广东美居装饰设计工程有限公司",
    "深圳市宏达室内装饰有限公司",
    "深圳市尚品空间装饰工程有限公司",
)
_FIT_OUT_SCOPES = (
    "办公区隔断、吊顶及地毯铺设，强弱电改造",
    "前台形象墙、会议室及经理室装修，增设空调末端",
    "开放式办公区装修，增设茶水间及机房",
)
_RENOVATIONS = (
    "会议室隔断改造",
    "增设员工休息区",
    "更换办公区地毯及灯具",
    "前台形象墙翻新",
    "机房增加精密空调",
    "经理室重新装修",
    "茶水间改造",
)

_SATISFIED_COMMENTS = ("维修及时，师傅态度好", "很满意", "处理很快", "服务不错", "")
_FAIR_COMMENTS = ("修好了，但等了比较久", "师傅来之前没有电话联系", "基本解决")
_DISSATISFIED_COMMENTS = ("问题反复出现", "维修后现场没有清理", "等了三天才来人")

# The survey: most answer 4 or 5; the price of the service is the weaker item (below the 4.0 target, see surveys).
_SCORES = {
    "service": ((3, 1), (4, 5), (5, 6)),
    "company": ((3, 1), (4, 5), (5, 5)),
}
_SURVEY_COMMENTS = (
    "管理费偏高，希望能有所优惠",
    "空调加班费太贵",
    "前台服务热情周到",
    "保洁很及时，满意",
    "希望增加访客车位",
    "电梯高峰期等候时间长",
    "维修响应快",
    "希望公共区域多放些绿植",
)
_CORRECTIVE = {
    "price": (
        ("向客户公示管理费及加班空调费的构成与成本明细", "客务部 林芳"),
        ("研究加班空调按区域分区计费，降低小面积客户费用", "工程部 张建华"),
    ),
    "service": (("全员服务礼仪及首问负责制培训", "客务部 王小明"),),
    "company": (("每季度召开一次客户座谈会，通报整改进展", "管理处 李建国"),),
}
SURVEY_OPENS = (9, 10)  # the survey round opens on 10 September and answers come in over four weeks
SURVEY_DAYS = 30


@dataclass
class _Tenant:
    tenancy_id: int
    customer_id: int
    dossier_id: int | None
    unit_id: int
    units: int
    move_in: dt.date
    move_out: dt.date | None  # the day it left, or None while still there (a notice given counts as still there)
    fit_out_until: dt.date | None
    contacts: list[str]
    name: str = ""
    legal_representative: str = ""
    id_code: str = ""


@dataclass
class _Step:
    at: dt.datetime
    action: str
    actor: Actor
    note: str = ""
    changes: dict[str, Any] = field(default_factory=dict)  # the record's columns the step changes
    visit: dict[str, Any] | None = None  # the return visit this step records (repair visit, complaint feedback)


@dataclass
class _Plan:
    """A record as it happened: its columns when created, by whom and when, then its steps (only those by today)."""

    machine: Machine
    values: dict[str, Any]
    at: dt.datetime
    actor: Actor
    dossier_id: int | None
    steps: list[_Step] = field(default_factory=list)
    fit_out: _Plan | None = None  # a violation found during this fit-out project
    record: Any = None  # the ORM object (small demo) or the row (bulk) once created
    record_id: int | None = None
    stopped: bool = False  # a step fell after today: none after it is taken either


@dataclass
class ServiceCounts:
    fit_out: int = 0
    repair: int = 0
    complaint: int = 0
    violation: int = 0
    visits: int = 0
    steps: int = 0
    responses: int = 0
    actions: int = 0
    forms: int = 0
    forms_filed: int = 0  # filed as documents in the dossiers
    staff: int = 0  # issue 20: the customers' people
    staff_left: int = 0  # ... of whom left (each a 31316 form filed)
    to_recover: int = 0  # ... and the cards and permits still to come back from them


class DemoServices:
    """Draws the registers' records for the tenancies already in the file and writes them (see the module)."""

    REPAIRS_PER_UNIT_YEAR = 0.4
    COMPLAINTS_PER_TENANCY_YEAR = 0.12
    VIOLATIONS_PER_TENANCY_YEAR = 0.02

    def __init__(
        self,
        work: Work,
        *,
        clerk: Actor,
        supervisor: Actor,
        manager: Actor,
        today: dt.date,
        start: dt.date,
        seed: int,
        bulk: bool = False,
        fill_forms: bool = False,
        clerk_name: str = "",
    ) -> None:
        self.work = work
        self.fill_forms = fill_forms
        self.clerk_name = clerk_name
        self.clerk, self.supervisor, self.manager = clerk, supervisor, manager
        self.today = today
        # Office-hours times of today are past the demo's clock (09:00 on its today): none is later than that.
        self.latest = dt.datetime.combine(today, dt.time(9, 0))
        self.start = start
        self.seed = seed
        self.rng = random.Random(f"services-{seed}")
        self.bulk = bulk
        self.plans: list[_Plan] = []
        self.counts = ServiceCounts()
        self.notices = 0

    # -- time ------------------------------------------------------------------------------------
    def at(self, day: dt.date, first: int = 8 * 60 + 30, last: int = 17 * 60 + 30) -> dt.datetime:
        minutes = self.rng.randrange(first, last)
        return dt.datetime.combine(day, dt.time(minutes // 60, minutes % 60))

    def later(self, moment: dt.datetime, *, hours: float = 0, days: int = 0) -> dt.datetime:
        """``days`` later in office hours (or ``hours`` later the same day when ``days`` is 0)."""
        if days:
            return max(self.at(moment.date() + dt.timedelta(days=days)), moment)
        return moment + dt.timedelta(minutes=int(hours * 60))

    def day_in(self, first: dt.date, last: dt.date) -> dt.date:
        if last <= first:
            return first
        return first + dt.timedelta(days=self.rng.randrange((last - first).days + 1))

    def person(self) -> str:
        return self.rng.choice(_SURNAMES) + "".join(self.rng.choice(_GIVEN) for _ in range(self.rng.choice((1, 2))))

    def mobile(self) -> str:
        return f"13{self.rng.randrange(0, 10)}{self.rng.randrange(10_000_000, 99_999_999)}"

    # -- what is in the file ------------------------------------------------------------------------
    def tenants(self) -> list[_Tenant]:
        session = self.work.session
        first_unit = (
            select(TenancyUnit.tenancy_id, func.min(TenancyUnit.unit_id), func.count())
            .group_by(TenancyUnit.tenancy_id)
            .subquery()
        )
        rows = session.execute(
            select(
                Tenancy.id,
                Tenancy.customer_id,
                Dossier.id,
                first_unit.c[1],
                first_unit.c[2],
                Tenancy.move_in,
                Tenancy.move_out,
                Tenancy.fit_out_until,
            )
            .join(first_unit, first_unit.c.tenancy_id == Tenancy.id)
            .outerjoin(Dossier, Dossier.tenancy_id == Tenancy.id)
            .order_by(Tenancy.id)
        ).all()
        contacts: dict[int, list[str]] = {}
        for dossier_id, name in session.execute(
            select(Contact.dossier_id, Contact.name).where(Contact.is_emergency.is_(False)).order_by(Contact.id)
        ):
            contacts.setdefault(dossier_id, []).append(name)
        names = {
            c: (name, rep or "", code or "")
            for c, name, rep, code in session.execute(
                select(Customer.id, Customer.name, Customer.legal_representative, Customer.id_code)
            )
        }
        return [
            _Tenant(
                t, c, d, u, n, mi, mo, fo, contacts.get(d, []) if d is not None else [], *names.get(c, ("", "", ""))
            )
            for t, c, d, u, n, mi, mo, fo in rows
        ]

    def fit_out_deposits(self) -> dict[int, tuple[int, dt.date | None]]:
        """tenancy -> (its fit-out deposit, the day it was wholly decided or None while part of it is held)."""
        moved = (
            select(
                DepositMove.deposit_id, func.sum(DepositMove.amount_fen).label("fen"), func.max(DepositMove.moved_on)
            )
            .group_by(DepositMove.deposit_id)
            .subquery()
        )
        rows = self.work.session.execute(
            select(Deposit.tenancy_id, Deposit.id, Deposit.amount_fen, moved.c.fen, moved.c[2])
            .outerjoin(moved, moved.c.deposit_id == Deposit.id)
            .where(Deposit.kind == "fit_out")
            .order_by(Deposit.id)
        ).all()
        return {t: (d, last if fen == amount else None) for t, d, amount, fen, last in rows}

    # -- the plans --------------------------------------------------------------------------------
    def run(self, since: dt.date | None = None) -> ServiceCounts:
        """Draw and write everything; ``since`` limits the repairs, complaints and projects to the recent years."""
        since = max(since or self.start, self.start)
        tenants = self.tenants()
        deposits = self.fit_out_deposits()
        for t in tenants:
            self.fit_out_of(t, deposits.get(t.tenancy_id), since)
            self.repairs_of(t, since)
            self.complaints_of(t, since)
            self.violations_of(t, since)
        here = [t for t in tenants if t.move_out is None and (self.today - t.move_in).days > 120]
        self.open_ones(here)
        self.write()
        self.surveys(tenants)
        if self.fill_forms:
            filled = DemoForms(self)
            filled.run([t for t in tenants if t.move_out is None and t.move_in < self.today - dt.timedelta(days=8)])
            self.counts.forms, self.counts.forms_filed = filled.count, filled.filed
            people = DemoStaff(self)
            people.run([t for t in tenants if t.move_out is None and t.move_in < self.today - dt.timedelta(days=120)])
            self.counts.forms_filed += people.filed
        return self.counts

    def plan(self, machine: Machine, t: _Tenant | None, at: dt.datetime, actor: Actor, values: dict[str, Any]) -> _Plan:
        plan = _Plan(machine, values, at, actor, t.dossier_id if t else None)
        self.plans.append(plan)
        return plan

    def then(
        self,
        plan: _Plan,
        at: dt.datetime,
        action: str,
        actor: Actor | None = None,
        note: str = "",
        *,
        visit: dict[str, Any] | None = None,
        **changes: Any,
    ) -> bool:
        """Add a step at ``at`` if it happened by today (False: it has not, and no later step of the plan either)."""
        if plan.stopped or at.date() > self.today:
            plan.stopped = True
            return False
        previous = plan.steps[-1].at if plan.steps else plan.at
        plan.steps.append(_Step(min(max(at, previous), self.latest), action, actor or self.clerk, note, changes, visit))
        return True

    def fit_out_of(self, t: _Tenant, deposit: tuple[int, dt.date | None] | None, since: dt.date) -> None:
        """The project of the move-in fit-out (二装): applied with the move-in papers, approved by the supervisor,
        worked until the tenancy's fit-out end (now and then extended), inspected (now and then failed first), the
        deposit refunded when the fees register refunded all of it."""
        if t.fit_out_until is None or t.move_in < since or t.move_in > self.today:
            return
        applied = self.at(t.move_in)
        if self.rng.random() < 0.04:  # the first design was refused; a revised one came a week later
            rejected = self.project(t, applied, self.rng.choice(_FIT_OUT_SCOPES) + "，拆除部分墙体", None)
            self.then(
                rejected, self.later(applied, days=2), "reject", self.supervisor, "方案涉及拆改承重墙体，不予批准"
            )
            applied = self.later(applied, days=self.rng.randrange(5, 9))
        plan = self.project(t, applied, self.rng.choice(_FIT_OUT_SCOPES), deposit[0] if deposit else None)
        plan.values.update(planned_start=t.move_in + dt.timedelta(days=3), planned_end=t.fit_out_until)
        self.works(plan, t, applied, t.fit_out_until, deposit[1] if deposit else None, left=t.move_out)

    def project(self, t: _Tenant, applied: dt.datetime, scope: str, deposit_id: int | None) -> _Plan:
        values = {
            "tenancy_id": t.tenancy_id,
            "unit_id": t.unit_id,
            "applied_on": applied.date(),
            "scope": scope,
            "contractor": self.rng.choice(_CONTRACTORS),
            "person_in_charge": self.person(),
            "phone": self.mobile(),
            "deposit_id": deposit_id,
        }
        self.counts.fit_out += 1
        return self.plan(FIT_OUT, t, applied, self.clerk, values)

    def works(
        self,
        plan: _Plan,
        t: _Tenant,
        applied: dt.datetime,
        planned_end: dt.date,
        refunded_on: dt.date | None,
        *,
        left: dt.date | None,
        fail: bool | None = None,
        forced: bool = False,
    ) -> None:
        """A project from its approval on, as far as today: started, extended, inspected, passed, refunded."""
        approved = self.later(applied, days=self.rng.randrange(1, 4))
        if not self.then(plan, approved, "approve", self.supervisor, "同意按图纸施工，注意消防及噪音管理"):
            return
        started = self.later(approved, days=self.rng.randrange(1, 4))
        if not self.then(plan, started, "start", note="施工单位进场", actual_start=started.date()):
            return
        end = max(planned_end, started.date() + dt.timedelta(days=10))
        if self.rng.random() < 0.15 and not forced:
            extended = end + dt.timedelta(days=self.rng.randrange(7, 22))
            self.then(
                plan, self.at(end - dt.timedelta(days=3)), "extend", note="客户申请延期完工", extended_to=extended
            )
            end = extended
        if self.rng.random() < 0.1 and not forced:
            self.found_in(plan, t, self.day_in(started.date(), end))
        asked = self.at(end)
        if not self.then(plan, asked, "ask_inspection", note="施工完毕，申请竣工验收", actual_end=end):
            return
        if fail if fail is not None else self.rng.random() < 0.12:
            failed = self.later(asked, days=self.rng.randrange(1, 3))
            if not self.then(plan, failed, "fail", self.supervisor, "消防喷淋头位置与报审图纸不符，限期整改"):
                return
            asked = self.later(failed, days=self.rng.randrange(5, 11))
            if not self.then(plan, asked, "ask_inspection", note="整改完毕，申请复验", actual_end=asked.date()):
                return
        passed = self.later(asked, days=self.rng.randrange(1, 3))
        if not self.then(plan, passed, "pass", self.supervisor, "竣工验收合格"):
            return
        if refunded_on is None and plan.values.get("deposit_id") is None:
            # A project without a deposit in the fees register (a demo without money): refunded on paper a month on.
            refunded_on = passed.date() + dt.timedelta(days=self.rng.randrange(20, 45))
            if left is not None and refunded_on >= left:
                refunded_on = None
        if refunded_on is not None:
            self.then(plan, self.at(max(refunded_on, passed.date())), "refund", note="装修押金已在押金台账退还")

    def found_in(self, project: _Plan, t: _Tenant, day: dt.date) -> None:
        if day > self.today:
            return
        plan = self.violation(t, self.at(day), self.rng.choice(_FIT_OUT_VIOLATIONS))
        plan.fit_out = project

    def violation(self, t: _Tenant, found: dt.datetime, what: str, *, open_at: str | None = None) -> _Plan:
        """Found, a notice issued the same day with a few days to put it right, followed up if late, rectified,
        closed; ``open_at`` stops it in that state (the handful still open)."""
        self.counts.violation += 1
        plan = self.plan(
            VIOLATION,
            t,
            found,
            self.clerk,
            {
                "unit_id": t.unit_id,
                "tenancy_id": t.tenancy_id,
                "found_on": found.date(),
                "what": what,
            },
        )
        if open_at == "found":
            return plan
        self.notices += 1
        notified = self.later(found, hours=self.rng.uniform(0.5, 3))
        rectify_by = found.date() + dt.timedelta(days=self.rng.randrange(3, 11))
        self.then(
            plan,
            notified,
            "notify",
            note="已发整改通知书",
            notice_no=f"ZG{found.year}-{self.notices:04d}",
            notice_on=notified.date(),
            rectify_by=rectify_by,
        )
        late = open_at == "late" or (open_at is None and self.rng.random() < 0.3)
        if late:
            self.then(
                plan,
                self.at(rectify_by + dt.timedelta(days=1)),
                "follow_up",
                note="复查未整改，再次督促",
                follow_up="复查未整改，已再次督促",
            )
        if open_at in ("notified", "late"):
            return plan
        rectified = self.at(
            rectify_by + dt.timedelta(days=self.rng.randrange(2, 6) if late else -self.rng.randrange(0, 3))
        )
        if self.then(plan, rectified, "rectify", note="现场复查已整改", rectified_on=rectified.date()) and not open_at:
            self.then(
                plan,
                self.later(rectified, days=self.rng.randrange(0, 3)),
                "close",
                note="整改到位，销项",
                follow_up="复查已整改到位",
            )
        return plan

    def occupied(self, t: _Tenant, since: dt.date) -> tuple[dt.date, dt.date] | None:
        """The days the tenant worked in the unit within the desk's years (after its fit-out), or None."""
        first = max(t.fit_out_until or t.move_in, t.move_in, since)
        last = min(t.move_out - dt.timedelta(days=1) if t.move_out else self.today, self.today)
        return (first, last) if first < last else None

    def how_many(self, rate: float, days: int) -> int:
        expected = rate * days / 365
        whole = int(expected)
        return whole + (self.rng.random() < expected - whole)

    def repairs_of(self, t: _Tenant, since: dt.date) -> None:
        span = self.occupied(t, since)
        if span is None:
            return
        days = sorted(
            self.day_in(*span)
            for _ in range(self.how_many(self.REPAIRS_PER_UNIT_YEAR * t.units, (span[1] - span[0]).days))
        )
        for day in days:
            self.repair(t, day)

    def repair(self, t: _Tenant, day: dt.date, *, stuck: str | None = None) -> _Plan:
        """Reported, assigned within hours, done within days (by urgency), the return visit a day or three later
        (mostly 满意; a dissatisfied customer now and then gets the repair reopened); ``stuck`` keeps it open."""
        what, location, department, done, materials, urgency = self.rng.choice(_REPAIRS)
        if urgency != "normal" and self.rng.random() < 0.5:
            urgency = "normal"
        if stuck == "overdue":
            urgency = "normal"
        reported = self.at(day, 7 * 60, 22 * 60) if urgency == "emergency" else self.at(day)
        channel = self.rng.choice(_CHANNELS)
        reporter = self.rng.choice(t.contacts) if t.contacts else self.person()
        self.counts.repair += 1
        plan = self.plan(
            REPAIR,
            t,
            reported,
            self.clerk,
            {
                "unit_id": t.unit_id,
                "tenancy_id": t.tenancy_id,
                "reported_at": reported,
                "channel": channel,
                "urgency": urgency,
                "reported_by": reporter,
                "what": what,
                "location": location,
            },
        )
        if stuck == "reported":
            return plan
        hours = self.rng.uniform(0.1, 0.5) if urgency == "emergency" else self.rng.uniform(0.3, 4)
        assignee = self.rng.choice(STAFF[department])
        assigned = self.later(reported, hours=hours)
        self.then(plan, assigned, "assign", note=f"派{department}{assignee}", department=department, assignee=assignee)
        if stuck == "overdue":  # reassigned while it waits: still open long after it should have been done
            self.then(plan, self.later(assigned, days=2), "assign", note=self.rng.choice(_OPEN_REPAIR_NOTES))
            return plan
        if stuck == "cancelled" or (stuck is None and self.rng.random() < 0.03):
            self.then(plan, self.later(assigned, hours=1), "cancel", note="客户自行处理，撤销报修")
            return plan
        within = {"emergency": (0, 0, 1), "urgent": (0, 1, 1, 2)}.get(urgency, (0, 1, 1, 2, 2, 3, 4, 6))
        finished = self.finish(plan, assigned, 1 if stuck == "done" else self.rng.choice(within), done, materials)
        if finished is None or stuck == "done":  # done yesterday: the return visit is still to be made
            return plan
        satisfaction = self.rng.choices(("satisfied", "fair", "dissatisfied"), (82, 14, 4))[0]
        if satisfaction == "dissatisfied" and self.rng.random() < 0.5:
            reopened = self.later(finished, days=self.rng.randrange(1, 3))
            if not self.then(plan, reopened, "reopen", note="回访客户反映问题未解决，重新派工"):
                return plan
            finished = self.finish(plan, reopened, self.rng.randrange(0, 3), "复修：" + done, materials)
            if finished is None:
                return plan
            satisfaction = "fair"
        visited = self.later(finished, days=self.rng.randrange(1, 4))
        comment = self.rng.choice(
            {"satisfied": _SATISFIED_COMMENTS, "fair": _FAIR_COMMENTS}.get(satisfaction, _DISSATISFIED_COMMENTS)
        )
        self.then(
            plan,
            visited,
            "visit",
            note="电话回访",
            visit=self.visit(t, reporter, visited, "询问维修效果", satisfaction, comment),
        )
        return plan

    def finish(self, plan: _Plan, after: dt.datetime, days: int, done: str, materials: str) -> dt.datetime | None:
        finished = self.later(after, hours=self.rng.uniform(1, 5)) if days == 0 else self.later(after, days=days)
        finished = max(finished, after)
        if self.then(plan, finished, "finish", note=done, done_on=finished.date(), work_done=done, materials=materials):
            return finished
        return None

    def visit(
        self,
        t: _Tenant,
        contact: str,
        at: dt.datetime,
        discussed: str,
        satisfaction: str,
        comment: str,
        how: str = "phone",
    ) -> dict[str, Any]:
        return {
            "tenancy_id": t.tenancy_id,
            "customer_id": t.customer_id,
            "visited_on": at.date(),
            "how": how,
            "contact": contact,
            "discussed": discussed,
            "satisfaction": satisfaction,
            "comment": comment,
        }

    def complaints_of(self, t: _Tenant, since: dt.date) -> None:
        span = self.occupied(t, since)
        if span is None:
            return
        for day in sorted(
            self.day_in(*span) for _ in range(self.how_many(self.COMPLAINTS_PER_TENANCY_YEAR, (span[1] - span[0]).days))
        ):
            self.complaint(t, day)

    def complaint(self, t: _Tenant, day: dt.date, *, open_at: str | None = None) -> _Plan:
        """Received, assigned the same day, handled in days, the result approved by the supervisor or the manager
        (now and then sent back first), fed back to the customer (the feedback's return visit), closed."""
        content, department, result = self.rng.choice(_COMPLAINTS)
        received = self.at(day)
        complainant = self.rng.choice(t.contacts) if t.contacts else self.person()
        self.counts.complaint += 1
        plan = self.plan(
            COMPLAINT,
            t,
            received,
            self.clerk,
            {
                "unit_id": t.unit_id,
                "tenancy_id": t.tenancy_id,
                "received_at": received,
                "channel": self.rng.choice(_COMPLAINT_CHANNELS),
                "complainant": complainant,
                "content": content,
            },
        )
        if open_at == "received":
            return plan
        assigned = self.later(received, hours=self.rng.uniform(0.5, 4))
        self.then(plan, assigned, "assign", note=f"转{department}处理", department=department)
        if open_at == "assigned":
            return plan
        quick = open_at is not None  # one of today's open ones: each step the next day, so it is where it should be
        handled = self.later(assigned, days=1 if quick else self.rng.randrange(1, 6))
        self.then(plan, handled, "handle", note=result, result=result)
        if open_at == "handled":
            return plan
        approver = self.supervisor if self.rng.random() < 0.7 else self.manager
        if self.rng.random() < 0.1 and not quick:
            sent_back = self.later(handled, days=self.rng.randrange(0, 2))
            self.then(plan, sent_back, "send_back", approver, _SEND_BACK)
            handled = self.later(sent_back, days=self.rng.randrange(1, 4))
            self.then(plan, handled, "handle", note=result + "，已明确完成时间", result=result + "，已明确完成时间")
        approved = self.later(handled, days=1 if quick else self.rng.randrange(0, 3))
        self.then(plan, approved, "approve", approver, "同意处理结果", approved_by=approver.user_id)
        if open_at == "approved":
            return plan
        fed_back = self.later(approved, days=1 if quick else self.rng.randrange(0, 3))
        how = self.rng.choice(("phone",) * 7 + ("visit",) * 2 + ("message",))
        satisfaction = self.rng.choices(("satisfied", "fair", "dissatisfied"), (70, 22, 8))[0]
        self.then(
            plan,
            fed_back,
            "feed_back",
            note="已将处理结果告知客户",
            feedback_on=fed_back.date(),
            feedback_how=how,
            feedback_by=self.clerk.user_id,
            visit=self.visit(t, complainant, fed_back, "反馈投诉处理结果", satisfaction, "", how),
        )
        if open_at == "fed_back":
            return plan
        self.then(plan, self.later(fed_back, days=self.rng.randrange(0, 4)), "close", note="客户认可，结案")
        return plan

    def violations_of(self, t: _Tenant, since: dt.date) -> None:
        span = self.occupied(t, since)
        if span is None:
            return
        for _ in range(self.how_many(self.VIOLATIONS_PER_TENANCY_YEAR, (span[1] - span[0]).days)):
            self.violation(t, self.at(self.day_in(*span)), self.rng.choice(_VIOLATIONS))

    def open_ones(self, here: list[_Tenant]) -> None:
        """What the desk has on its plate at the demo's today, whatever the draws gave: a fit-out project in every
        state (a tenant renovating part of its office), a few repairs overdue, a complaint in every open state, a
        violation found, one notified and one past its deadline."""
        if not here:
            return
        pick = itertools.cycle(sorted(here, key=lambda t: (t.move_in, t.tenancy_id)))
        today = self.today

        def ago(days: int) -> dt.datetime:
            return self.at(today - dt.timedelta(days=days))

        for state, applied_days_ago in (
            ("applied", 2),
            ("rejected", 30),
            ("approved", 9),
            ("in_progress", 40),
            ("inspection", 60),
            ("failed", 75),
            ("accepted", 95),
        ):
            t = next(pick)
            applied = ago(applied_days_ago)
            plan = self.project(t, applied, self.rng.choice(_RENOVATIONS), None)
            plan.values.update(
                planned_start=applied.date() + dt.timedelta(days=10),
                planned_end=applied.date() + dt.timedelta(days=50),
            )
            if state == "applied":
                continue
            if state == "rejected":
                self.then(
                    plan,
                    self.later(applied, days=3),
                    "reject",
                    self.supervisor,
                    "改造方案未附消防审批意见，请补充后重新申请",
                )
                continue
            # The works end so that the project is in ``state`` today.
            end = {"approved": 60, "in_progress": 15, "inspection": -2, "failed": -12, "accepted": -25}[state]
            self.works_to(plan, t, applied, today + dt.timedelta(days=end), state)
            if state == "in_progress":  # the works' patrol found something last week
                self.found_in(plan, t, today - dt.timedelta(days=7))
        for days, stuck in (
            (18, "overdue"),
            (11, "overdue"),
            (6, "overdue"),
            (3, "done"),
            (2, "cancelled"),
            (1, "reported"),
        ):
            self.repair(next(pick), today - dt.timedelta(days=days), stuck=stuck)
        for days, state in ((0, "received"), (2, "assigned"), (4, "handled"), (6, "approved"), (8, "fed_back")):
            self.complaint(next(pick), today - dt.timedelta(days=days), open_at=state)
        t = next(pick)
        self.violation(t, ago(1), self.rng.choice(_VIOLATIONS), open_at="found")
        self.violation(next(pick), ago(2), self.rng.choice(_VIOLATIONS), open_at="notified")
        self.violation(next(pick), ago(20), self.rng.choice(_VIOLATIONS), open_at="late")
        self.violation(next(pick), ago(12), self.rng.choice(_VIOLATIONS), open_at="rectified")
        # A demo of a few units and years may have drawn none long finished: one of each, from a few months ago.
        if not self.ended_with(FIT_OUT, "refund"):
            t = next(pick)
            applied = ago(160)
            plan = self.project(t, applied, self.rng.choice(_RENOVATIONS), None)
            self.works_to(plan, t, applied, today - dt.timedelta(days=120), "refunded")
        if not self.ended_with(VIOLATION, "close"):
            self.violation(next(pick), ago(40), self.rng.choice(_VIOLATIONS))
        if not self.ended_with(COMPLAINT, "close"):
            self.complaint(next(pick), today - dt.timedelta(days=30))

    def ended_with(self, machine: Machine, action: str) -> bool:
        return any(plan.machine is machine and plan.steps and plan.steps[-1].action == action for plan in self.plans)

    def works_to(self, plan: _Plan, t: _Tenant, applied: dt.datetime, end: dt.date, state: str) -> None:
        fail = state == "failed"
        self.works(plan, t, applied, end, None, left=t.move_out, fail=fail, forced=True)
        # A project drawn to be in ``state`` today: the steps after the one that brought it there have not happened.
        target = {"approved": "approve", "in_progress": "start", "inspection": "ask_inspection", "failed": "fail"}
        actions = [step.action for step in plan.steps]
        stop = target.get(state, "pass" if state == "accepted" else "refund")
        if stop in actions:
            plan.steps = plan.steps[: actions.index(stop) + 1]

    # -- writing ------------------------------------------------------------------------------------
    def happenings(self) -> Iterator[tuple[dt.datetime, _Plan, _Step | None]]:
        """Every creation and step of every plan in the order of their times (a plan's own in its order; at the
        same time, the one drawn first)."""
        heap = [(min(plan.at, self.latest), n, -1, n) for n, plan in enumerate(self.plans)]
        heapq.heapify(heap)
        drawn = len(self.plans)
        while heap:
            at, _, index, n = heapq.heappop(heap)
            plan = self.plans[n]
            yield at, plan, plan.steps[index] if index >= 0 else None
            if index + 1 < len(plan.steps):
                drawn += 1
                heapq.heappush(heap, (max(plan.steps[index + 1].at, at), drawn, index + 1, n))

    def write(self) -> None:
        writer = _BulkWriter(self) if self.bulk else _StepWriter(self)
        for at, plan, step in self.happenings():
            if step is None:
                writer.create(plan, at)
            else:
                writer.step(plan, step, at)
                self.counts.steps += 1
                self.counts.visits += step.visit is not None
        writer.done()

    # -- the satisfaction survey ----------------------------------------------------------------------
    def surveys(self, tenants: list[_Tenant]) -> None:
        """Two rounds, the last two years whose four weeks of answers are over: most tenancies there answer, with
        scores mostly 4–5 and the price below the target; corrective actions for the items below it, most of the
        earlier year's done, the latest year's under way. The small demo goes through the survey room's own
        functions (its checks, its audit lines, each answer in the customer's History); the large one writes the
        rows in bulk with one audit line for each round's answers."""
        opens = dt.date(self.today.year, *SURVEY_OPENS)
        last = self.today.year if opens + dt.timedelta(days=SURVEY_DAYS + 5) <= self.today else self.today.year - 1
        session, work = self.work.session, self.work
        target = Decimal("4.0")
        for year in (last - 1, last):
            opened = dt.date(year, *SURVEY_OPENS)
            if opened < self.start:
                continue
            work.actor, work.now = self.supervisor, self.at(opened)
            note = f"{year} 年度客户满意度调查"
            if self.bulk:
                round_ = SurveyRound(
                    year=year,
                    opened_on=opened,
                    target=target,
                    note=note,
                    created_by=self.supervisor.user_id,
                    created_at=work.now,
                )
                session.add(round_)
                session.flush()
                round_id = round_.id
                work.log(None, "survey", round_id, "create", {"year": year, "opened_on": opened, "target": "4.0"})
            else:
                round_id = registers.open_round(work, year, opened, target, note).id
            there = [t for t in tenants if t.move_in <= opened and (t.move_out is None or t.move_out > opened)]
            rows = []
            totals = dict.fromkeys(("service", "price", "company"), 0)
            for t in there:
                if self.rng.random() >= 0.85:
                    continue
                answered = self.at(self.day_in(opened + dt.timedelta(days=1), opened + dt.timedelta(days=SURVEY_DAYS)))
                scores = {topic: self.rng.choices(*zip(*pairs, strict=True))[0] for topic, pairs in _SCORES.items()}
                # The price is judged against the service: a point or so below what the customer thinks of the rest.
                scores["price"] = max(2, min(scores["service"], scores["company"]) - self.rng.choice((0, 1, 1, 1)))
                for topic, score in scores.items():
                    totals[topic] += score
                rows.append(
                    {
                        "round_id": round_id,
                        "tenancy_id": t.tenancy_id,
                        "answered_on": answered.date(),
                        "respondent": self.rng.choice(t.contacts) if t.contacts else self.person(),
                        "service_score": scores["service"],
                        "price_score": scores["price"],
                        "company_score": scores["company"],
                        "comment": self.rng.choice(_SURVEY_COMMENTS) if self.rng.random() < 0.4 else "",
                        "recorded_by": self.clerk.user_id,
                        "recorded_at": answered + dt.timedelta(hours=1),
                    }
                )
            work.actor = self.clerk
            if self.bulk and rows:
                session.execute(insert(SurveyResponse), rows)
                work.now = self.at(opened + dt.timedelta(days=SURVEY_DAYS))
                work.log(None, "survey_answer", None, "create", {"year": year, "responses": len(rows)})
            elif rows:
                for row in sorted(rows, key=lambda r: (r["recorded_at"], r["tenancy_id"])):
                    work.now = row["recorded_at"]
                    registers.record_answer(
                        work,
                        year,
                        registers.AnswerInput(
                            tenancy_id=row["tenancy_id"],
                            answered_on=row["answered_on"],
                            service=row["service_score"],
                            price=row["price_score"],
                            company=row["company_score"],
                            respondent=row["respondent"],
                            comment=row["comment"],
                        ),
                    )
            self.counts.responses += len(rows)
            # What the report shows below the target gets the manager's corrective actions.
            planned = opened + dt.timedelta(days=SURVEY_DAYS + 5)
            below = [topic for topic, total in totals.items() if rows and Decimal(total) / len(rows) < target]
            for topic in below:
                for n, (action, owner) in enumerate(_CORRECTIVE[topic]):
                    work.actor, work.now = self.manager, self.at(planned)
                    due = planned + dt.timedelta(days=60 + 30 * n)
                    done = due - dt.timedelta(days=self.rng.randrange(-10, 20))
                    self.counts.actions += 1
                    if not self.bulk:
                        info = registers.add_corrective_action(
                            work, year, topic=topic, action=action, owner=owner, due_on=due
                        )
                        if done <= self.today:
                            work.now = self.at(done)
                            registers.mark_action_done(work, info.id, done, expected_version=info.version)
                        continue
                    corrective = CorrectiveAction(
                        round_id=round_id,
                        topic=topic,
                        action=action,
                        owner=owner,
                        due_on=due,
                        done_on=done if done <= self.today else None,
                        created_by=self.manager.user_id,
                        created_at=work.now,
                    )
                    session.add(corrective)
                    session.flush()
                    work.log(
                        None,
                        "corrective_action",
                        corrective.id,
                        "create",
                        {"year": year, "topic": topic, "owner": owner, "due_on": due},
                    )
        work.actor, work.now = self.clerk, self.latest


class _StepWriter:
    """The small demo: every record an ORM object, every step through its machine (the step row and the audit line)."""

    def __init__(self, services: DemoServices) -> None:
        self.services = services
        self.work = services.work

    def create(self, plan: _Plan, at: dt.datetime) -> None:
        work = self.work
        work.actor, work.now = plan.actor, at
        model = _MODELS[plan.machine.register]
        values = dict(plan.values)
        if plan.fit_out is not None:
            values["fit_out_id"] = plan.fit_out.record_id
        work.require(_CREATE[plan.machine.register])
        record = model(**values, status=plan.machine.start, created_by=plan.actor.user_id, created_at=at)
        work.session.add(record)
        work.session.flush()
        plan.record, plan.record_id = record, record.id
        plan.machine.started(work, record, at.date(), dossier_id=plan.dossier_id)
        shown = {key: values[key] for key in _CREATED_DETAILS[plan.machine.register] if values.get(key)}
        work.log(plan.dossier_id, plan.machine.register, record.id, "create", _details(shown))

    def step(self, plan: _Plan, step: _Step, at: dt.datetime) -> None:
        work = self.work
        work.actor, work.now = step.actor, at
        for column, value in step.changes.items():
            setattr(plan.record, column, value)
        if step.visit is not None:
            work.session.add(
                ReturnVisit(
                    subject=plan.machine.register,
                    subject_id=plan.record_id,
                    visited_by=step.actor.user_id,
                    recorded_at=at,
                    **step.visit,
                )
            )
        # The columns the step wrote, as its audit line's details; who approved or fed back is the line's user.
        details = _details({k: v for k, v in step.changes.items() if k not in _UNLOGGED})
        plan.machine.step(
            work, plan.record, step.action, at.date(), step.note, dossier_id=plan.dossier_id, details=details
        )

    def done(self) -> None:
        self.work.session.flush()


class _BulkWriter:
    """The portfolio demo: the same plans, each move checked by its machine, the rows written in batches."""

    def __init__(self, services: DemoServices) -> None:
        self.services = services
        self.work = services.work
        session = self.work.session
        self.rows: dict[type, list[dict[str, Any]]] = {
            model: [] for model in (*_MODELS.values(), ReturnVisit, RegisterStep)
        }
        self.next_id = {model: (session.scalar(select(func.max(model.id))) or 0) + 1 for model in self.rows}

    def create(self, plan: _Plan, at: dt.datetime) -> None:
        model = _MODELS[plan.machine.register]
        row_id = self.next_id[model]
        self.next_id[model] += 1
        row = {
            "id": row_id,
            "version": 1,
            "status": plan.machine.start,
            "created_by": plan.actor.user_id,
            "created_at": at,
            **_LATER[plan.machine.register],
            **plan.values,
        }
        if plan.machine is VIOLATION:
            row["fit_out_id"] = plan.fit_out.record_id if plan.fit_out else None
        self.rows[model].append(row)
        plan.record, plan.record_id = row, row_id
        self.rows[RegisterStep].append(self.step_row(plan, "create", "", plan.machine.start, at, plan.actor, ""))

    def step(self, plan: _Plan, step: _Step, at: dt.datetime) -> None:
        row = plan.record
        before = row["status"]
        after = plan.machine.next_state(before, step.action)  # the same refusals as the desk's
        row.update(step.changes, status=after)
        self.rows[RegisterStep].append(self.step_row(plan, step.action, before, after, at, step.actor, step.note))
        if step.visit is not None:
            self.rows[ReturnVisit].append(
                {
                    "version": 1,
                    "subject": plan.machine.register,
                    "subject_id": plan.record_id,
                    "visited_by": step.actor.user_id,
                    "recorded_at": at,
                    "follow_ups": "",
                    **step.visit,
                }
            )

    @staticmethod
    def step_row(
        plan: _Plan, action: str, before: str, after: str, at: dt.datetime, actor: Actor, note: str
    ) -> dict[str, Any]:
        return {
            "register": plan.machine.register,
            "record_id": plan.record_id,
            "action": action,
            "from_state": before,
            "to_state": after,
            "on_date": at.date(),
            "note": note,
            "recorded_by": actor.user_id,
            "recorded_at": at,
        }

    def done(self) -> None:
        work = self.work
        for model, rows in self.rows.items():
            if rows:
                work.session.execute(insert(model), rows)
        work.actor, work.now = self.services.clerk, self.services.latest
        counts = {register: len(self.rows[model]) for register, model in _MODELS.items()}
        work.log(None, "registers", None, "bulk_build", {**counts, "steps": len(self.rows[RegisterStep])})


_MODELS: dict[str, type[Any]] = {
    "fit_out": FitOutProject,
    "repair": Repair,
    "complaint": Complaint,
    "violation": Violation,
}
# What the audit line of a new record shows (the texts the desk typed) and what a step's line leaves to the line
# itself (its user) or to the record (the coded ways of feeding back).
_CREATED_DETAILS = {
    "fit_out": ("scope", "contractor", "person_in_charge"),
    "repair": ("what", "location", "reported_by"),
    "complaint": ("content", "complainant"),
    "violation": ("what",),
}
_UNLOGGED = ("approved_by", "feedback_by", "feedback_how")
_CREATE = {
    "fit_out": Action.RECORD_FIT_OUT,
    "repair": Action.RECORD_REPAIR,
    "complaint": Action.HANDLE_COMPLAINT,
    "violation": Action.RECORD_VIOLATION,
}
# The columns a step may set later: every row of one executemany names the same columns.
# (with their values until then): every row of one executemany names the same columns.
_LATER: dict[str, dict[str, Any]] = {
    "fit_out": dict.fromkeys(("planned_start", "planned_end", "extended_to", "actual_start", "actual_end")),
    "repair": {"department": "", "assignee": "", "done_on": None, "work_done": "", "materials": ""},
    "complaint": {"department": "", "result": ""}
    | dict.fromkeys(("approved_by", "feedback_on", "feedback_how", "feedback_by")),
    "violation": {"notice_no": "", "notice_on": None, "rectify_by": None, "rectified_on": None, "follow_up": ""},
}


def _details(values: dict[str, Any]) -> dict[str, Any]:
    """The audit line's details: dates as ISO text, nothing else changed."""
    return json.loads(json.dumps(values, ensure_ascii=False, default=str))


def build_services(
    work: Work,
    *,
    clerk: Actor,
    supervisor: Actor,
    manager: Actor,
    today: dt.date,
    start: dt.date,
    seed: int,
    bulk: bool = False,
    since: dt.date | None = None,
    fill_forms: bool = False,
    clerk_name: str = "",
) -> ServiceCounts:
    """The registers' demo records for the tenancies in the file (see the module); the acting user is put back."""
    actor, now = work.actor, work.now
    services = DemoServices(
        work,
        clerk=clerk,
        supervisor=supervisor,
        manager=manager,
        today=today,
        start=start,
        seed=seed,
        bulk=bulk,
        fill_forms=fill_forms,
        clerk_name=clerk_name,
    )
    counts = services.run(since)
    work.actor, work.now = actor, now
    return counts


# -- the 18 registration forms of R12 (the forms room's own save: checked, filed in the dossier, the meter read) ----
_FOREIGNERS = (
    ("John Smith", "英国", "523418876"),
    ("Tanaka Hiroshi", "日本", "TK4471203"),
    ("Lee Min-jun", "韩国", "M70815236"),
    ("Anna Müller", "德国", "C4J7R2K81"),
)
_REPRESENTED = (("新加坡", "陈志强"), ("美国", "David Brown"), ("日本", "佐藤健一"))
# Forms whose paper the demo's dossiers already hold as a document (the move-in papers, the key custody form):
# their records are kept without filing a second document.
_NOT_FILED = ("qms-pm-31301", "qms-pm-31302", "qms-pm-31317")
FORMS_EACH = 2  # filled forms of each kind (the meter readings' form: those moved in lately)


class DemoForms:
    """A couple of filled forms of every kind of R12 on the live tenancies of the last year, saved by the clerk
    through ``app.forms.record_form`` (checked as the desk's form is, filed under the form's category)."""

    def __init__(self, services: DemoServices) -> None:
        self.s = services
        self.work = services.work
        self.rng = random.Random(f"forms-{services.seed}")
        self.count = 0
        self.filed = 0

    def phone(self) -> str:
        return f"0755-8{self.rng.randrange(1_000_000, 9_999_999)}"

    def plate(self) -> str:
        return "粤B·" + "".join(self.rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(5))

    def day(self, t: _Tenant) -> dt.date:
        first = max(t.move_in + dt.timedelta(days=7), self.s.today - dt.timedelta(days=330))
        return self.s.day_in(first, self.s.today - dt.timedelta(days=1))

    def values(self, code: str, t: _Tenant, day: dt.date, n: int) -> dict[str, Any]:
        """What the customer and the desk wrote on form ``code`` on ``day``."""
        rng, person = self.rng, self.s.person
        contact = t.contacts[0] if t.contacts else person()
        later = (day + dt.timedelta(days=365)).isoformat()
        if code == "qms-pm-31301":
            return {
                "nature": "company",
                "credit_code": t.id_code,
                "legal_representative": t.legal_representative or person(),
                "contact": contact,
                "phone": self.phone(),
                "move_in_on": t.move_in.isoformat(),
                "area": str(rng.randrange(80, 320)),
                "staff": str(rng.randrange(5, 90)),
                "business_scope": "软件开发、技术咨询、技术服务；国内贸易",
            }
        if code == "qms-pm-31302":
            rows = [(contact, "行政经理"), (person(), "总经理")]
            return {
                "contacts": [
                    {
                        "order": str(k),
                        "name": name,
                        "relation": relation,
                        "mobile": self.s.mobile(),
                        "landline": self.phone() if k == 1 else "",
                        "address": "深圳市福田区莲花街道",
                    }
                    for k, (name, relation) in enumerate(rows, start=1)
                ]
            }
        if code == "qms-pm-31303":
            return {
                "owner": person(),
                "vehicle": rng.choice(("bicycle", "e_bike", "e_bike")),
                "colour": rng.choice(("白色", "黑色", "蓝色")),
                "plate_no": f"深{rng.randrange(1_000_000, 9_999_999)}",
                "valid_until": later,
            }
        if code == "qms-pm-31304":
            return {
                "happened_at": f"{day.isoformat()} {rng.randrange(9, 18)}:{rng.choice(('05', '20', '40'))}",
                "place": rng.choice(("单元门口走廊", "电梯厅", "卫生间")),
                "account": rng.choice(("客户员工在走廊滑倒，膝盖擦伤", "电梯困人约十五分钟，一名客户员工被困")),
                "measures": "保安到场处置，通知工程部及客户负责人，现场增设提示",
                "handler": rng.choice(STAFF["保安部"]),
                "result": "人员无大碍，当日恢复正常",
            }
        if code == "qms-pm-31305":
            return {
                "space_no": f"B2-{rng.randrange(1, 300):03d}",
                "deal": "let",
                "plate_no": self.plate(),
                "start_on": day.isoformat(),
                "end_on": later,
                "amount": f"{rng.choice((500, 600, 800)) * 12}.00",
            }
        if code == "qms-pm-31306":
            return {
                "permit_no": f"TC{day.year}-{n:04d}",
                "plate_no": self.plate(),
                "valid_until": later,
                "deposit": "200.00",
                "collected_by": contact,
            }
        if code == "qms-pm-31307":
            return {
                "quantity": str(rng.randrange(1, 4)),
                "line_kind": rng.choice(("local", "broadband", "fax")),
                "appointment_on": (day + dt.timedelta(days=3)).isoformat(),
                "note": "安装在前台及经理室",
            }
        if code == "qms-pm-31308":
            return {"old_number": self.phone(), "change": "号码转接至公司总机", "new_number": self.phone()}
        if code == "qms-pm-31309":
            return {"number": self.phone(), "state": rng.choice(("to_let", "let")), "price": "300.00"}
        if code == "qms-pm-31310":
            return {"number": self.phone(), "old_holder": person(), "new_holder": t.name}
        if code == "qms-pm-31311":
            name, country, passport = _FOREIGNERS[n % len(_FOREIGNERS)]
            return {
                "name": name,
                "nationality": country,
                "passport_no": passport,
                "position": rng.choice(("技术总监", "财务顾问", "市场经理")),
                "visa_until": later,
                "joined_on": (day - dt.timedelta(days=rng.randrange(10, 60))).isoformat(),
            }
        if code == "qms-pm-31312":
            country, chief = _REPRESENTED[n % len(_REPRESENTED)]
            return {
                "country": country,
                "certificate_no": f"深外企代字〔{day.year}〕{rng.randrange(100, 999)}号",
                "chief_representative": chief,
                "valid_until": (day + dt.timedelta(days=3 * 365)).isoformat(),
            }
        if code == "qms-pm-31313":
            return {
                "card_no": f"YK{rng.randrange(100_000, 999_999)}",
                "holder": person(),
                "issued_on": day.isoformat(),
                "valid_until": later,
                "deposit": "50.00",
                "state": rng.choice(("in_use", "in_use", "lost")),
            }
        if code == "qms-pm-31314":
            return {"number": self.phone(), "old_place": "经理室", "new_place": "会议室"}
        if code == "qms-pm-31315":
            return {
                "applicant": contact,
                "plate_no": self.plate(),
                "vehicle": "小轿车",
                "application": rng.choice(("monthly", "monthly", "fixed")),
                "decision": rng.choice(("approved", "waiting")),
            }
        if code == "qms-pm-31316":
            return {
                "name": person(),
                "department": rng.choice(("行政部", "销售部", "技术部")),
                "left_on": day.isoformat(),
                "leaving": rng.choice(("resigned", "resigned", "dismissed")),
                "returned": [
                    {
                        "item": "access_card",
                        "number": f"MJ{rng.randrange(10_000, 99_999)}",
                        "returned": True,
                        "returned_on": day.isoformat(),
                    },
                    {
                        "item": "key",
                        "number": f"{rng.randrange(1, 9)} 号钥匙",
                        "returned": True,
                        "returned_on": day.isoformat(),
                    },
                ],
            }
        if code == "qms-pm-31317":
            return {
                "keys": str(rng.randrange(1, 4)),
                "principal": contact,
                "principal_id": f"4403{rng.randrange(10**13, 10**14)}",
                "custody_until": (day + dt.timedelta(days=rng.randrange(7, 60))).isoformat(),
            }
        raise ValueError(f"no demo values for form {code}")

    def run(self, here: list[_Tenant]) -> None:
        if not here:
            return
        work = self.work
        pick = itertools.cycle(sorted(here, key=lambda t: (t.move_in, t.tenancy_id)))
        codes = [code for code in sorted(forms.form_definitions()) if code != "qms-pm-31318"]
        drawn = []
        for n, code in enumerate(codes * FORMS_EACH):
            t = next(pick)
            day = self.day(t)
            drawn.append((day, code, t, self.values(code, t, day, n + 1)))
        drawn.extend(self.meter_forms(here))
        for day, code, t, values in sorted(drawn, key=lambda d: (d[0], d[1], d[2].tenancy_id)):
            work.actor, work.now = self.s.clerk, self.s.at(day)
            filed = code not in _NOT_FILED
            forms.record_form(
                work,
                forms.FormInput(
                    code=code,
                    form_date=day,
                    values=values,
                    handled_by=self.s.clerk_name,
                    tenancy_id=t.tenancy_id,
                    unit_id=t.unit_id,
                ),
                file=filed,
            )
            self.count += 1
            self.filed += filed

    def meter_forms(self, here: list[_Tenant]) -> Iterator[tuple[dt.date, str, _Tenant, dict[str, Any]]]:
        """The meters confirmed with the customer at its move-in (qms-pm-31318), for the last tenants moved in.

        The fees register already charged every month from its own readings, so the form's reading must change no
        month's charge: it is taken on a move-in day before the month's reading day (so it is not the month's last
        reading, which is the one charged) and reads what the meter read last (the unit stood empty since), so the
        month's use — its last reading less the one before it — stays the same. A tenant for whom that cannot be
        (moved in after the 25th, or its unit's first reading) gets no such form."""
        found = 0
        for t in sorted(here, key=lambda t: (t.move_in, t.tenancy_id), reverse=True):
            rows = []
            for kind in ("electricity", "water"):
                readings = self.work.session.execute(
                    select(MeterReading.read_on, MeterReading.reading)
                    .where(MeterReading.unit_id == t.unit_id, MeterReading.meter_kind == kind)
                    .order_by(MeterReading.read_on)
                ).all()
                before = [r for r in readings if r[0] < t.move_in]
                after = [r for r in readings if r[0] > t.move_in]
                if not readings:  # a demo without money: no charge to keep
                    value = Decimal(self.rng.randrange(100_000, 5_000_000)) / 100
                elif before and after and (after[0][0].year, after[0][0].month) == (t.move_in.year, t.move_in.month):
                    value = before[-1][1]
                else:
                    break
                rows.append(
                    {
                        "meter_kind": kind,
                        "meter_no": f"{'DB' if kind == 'electricity' else 'SB'}-{t.unit_id:05d}",
                        "reading": format(value, "f"),
                        "read_on": t.move_in.isoformat(),
                        "confirmed_by": t.contacts[0] if t.contacts else self.s.person(),
                    }
                )
            if len(rows) < 2 or t.move_in >= self.s.today:
                continue
            for values in rows:
                yield t.move_in, "qms-pm-31318", t, values
            found += 1
            if found == FORMS_EACH:
                return


# -- the customers' people and their staff changes (issue 20, R11 人事变动) ------------------------------------------
STAFF_TENANTS = 8  # customers given people (the first of the longest there)
STAFF_EACH = 3  # people of each, each with an access card (qms-pm-31313)
_DEPARTMENTS = (("行政部", "前台"), ("财务部", "会计"), ("技术部", "工程师"), ("销售部", "销售经理"))


class DemoStaff:
    """A few people of some customers, each holding an access card (some a parking permit too), and a few staff
    changes: people who left (their 31316 form filed), some of whose cards came back and some still to recover —
    all through app.staff and app.forms, as the desk does it."""

    def __init__(self, services: DemoServices) -> None:
        self.s = services
        self.work = services.work
        self.rng = random.Random(f"staff-{services.seed}")
        self.filed = 0

    def _form(self, code: str, t: _Tenant, day: dt.date, values: dict[str, Any]) -> int:
        self.work.actor, self.work.now = self.s.clerk, self.s.at(day)
        self.filed += 1  # filed in the dossier, as the desk's form is
        return forms.record_form(
            self.work,
            forms.FormInput(code, day, values, handled_by=self.s.clerk_name, tenancy_id=t.tenancy_id),
            file=True,
        ).id

    def run(self, here: list[_Tenant]) -> None:
        work, s, rng = self.work, self.s, self.rng
        chosen = sorted(here, key=lambda t: (t.move_in, t.tenancy_id))[:STAFF_TENANTS]
        for n, t in enumerate(chosen):
            people = []
            for k in range(STAFF_EACH):
                joined = t.move_in + dt.timedelta(days=rng.randrange(1, 60))
                name = s.person()
                department, position = _DEPARTMENTS[(n + k) % len(_DEPARTMENTS)]
                work.actor, work.now = s.clerk, s.at(joined)
                person = staff.add_staff(
                    work, t.customer_id, staff.StaffInput(name, department, position, joined_on=joined)
                )
                card = self._form(
                    "qms-pm-31313",
                    t,
                    joined,
                    {
                        "card_no": f"MJ{rng.randrange(10_000, 99_999)}",
                        "holder": name,
                        "issued_on": joined.isoformat(),
                        "deposit": "50.00",
                        "state": "in_use",
                    },
                )
                staff.link_item(work, person.id, card)
                if k == 0:
                    permit = self._form(
                        "qms-pm-31306",
                        t,
                        joined,
                        {
                            "permit_no": f"TC{joined.year}-{rng.randrange(1000, 9999)}",
                            "plate_no": "粤B·" + "".join(rng.choice("0123456789ABCDEFGHJKLMN") for _ in range(5)),
                            "valid_until": (joined + dt.timedelta(days=365)).isoformat(),
                            "deposit": "200.00",
                            "collected_by": name,
                        },
                    )
                    staff.link_item(work, person.id, permit)
                people.append(person.id)
                s.counts.staff += 1
            if n % 2 == 0:
                self.leave(people[0], n)

    def leave(self, staff_id: int, n: int) -> None:
        """One of them left lately; every other one handed the card back a few days later."""
        work, s = self.work, self.s
        left = s.today - dt.timedelta(days=10 + 9 * n)
        work.actor, work.now = s.clerk, s.at(left)
        person = staff.staff_member(work, staff_id)
        left = max(left, person.joined_on or left)
        data = staff.StaffInput(
            person.name,
            person.department,
            person.position,
            joined_on=person.joined_on,
            left_on=left,
            leaving="dismissed" if n % 4 == 2 else "resigned",
        )
        person = staff.update_staff(work, staff_id, data, expect_version=person.version)
        s.counts.staff_left += 1
        self.filed += 1
        items = [i for i in person.items if i.state == "to_recover"]
        if n % 4 == 0 and items:
            back = left + dt.timedelta(days=3)
            work.now = s.at(back)
            staff.mark_returned(work, items[0].id, back, s.clerk_name, expect_version=items[0].version)
            items = items[1:]
        s.counts.to_recover += len(items)
