import datetime
d = datetime.date(2024, 3, 15)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isoformat())
print(d + datetime.timedelta(days=20), d - datetime.timedelta(weeks=11), (datetime.date(2025, 1, 1) - d).days)
print(d.replace(day=1), d.strftime("%d/%m/%Y %A %B %j"), datetime.date.fromisoformat("2000-02-29"))
dt = datetime.datetime(2024, 1, 2, 3, 4, 5, 600)
print(dt, dt.date(), dt.time(), dt.strftime("%Y/%m/%d %H-%M-%S"), dt.isoformat())
print(repr(datetime.timedelta(hours=25)), datetime.timedelta(days=1, seconds=90), datetime.timedelta(minutes=-1))
print(datetime.datetime.strptime("2020-05-06 07:08", "%Y-%m-%d %H:%M"), datetime.timedelta(hours=36).total_seconds())
print(datetime.date(2024, 1, 1) < datetime.date(2024, 1, 2), max(datetime.date(2020, 5, 1), datetime.date(2019, 12, 31)))
try:
    datetime.date(2023, 2, 29)
except ValueError as e:
    print(type(e).__name__, e)
