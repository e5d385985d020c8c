package httpdate

import (
	"testing"
	"time"
)

func TestCalendarArithmeticAgreesWithPackageTime(t *testing.T) {
	// every day from before year 0 to after 2400, in steps that visit every
	// day of the month and every month
	for days := int64(-800000); days < 200000; days += 37 {
		want := time.Unix(days*86400, 0).UTC()
		y, m, d := civilFromDays(days)
		if y != want.Year() || m != int(want.Month()) || d != want.Day() {
			t.Fatalf("civilFromDays(%d) = %d-%d-%d; want %v", days, y, m, d, want)
		}
		if got := daysFromCivil(y, m, d); got != days {
			t.Fatalf("daysFromCivil(%d, %d, %d) = %d; want %d", y, m, d, got, days)
		}
		if got := Weekday(y, m, d); got != int(want.Weekday()) {
			t.Fatalf("Weekday(%d, %d, %d) = %d; want %d", y, m, d, got, want.Weekday())
		}
	}
}

func TestCivilSplitsATimeAsPackageTimeDoes(t *testing.T) {
	for _, in := range []time.Time{
		{},
		time.Unix(-1, 0),
		time.Unix(0, 0),
		time.Date(2018, 12, 6, 17, 37, 18, 5, time.UTC),
		time.Date(2024, 2, 29, 23, 59, 59, 0, time.FixedZone("", -3600)),
		time.Date(-44, 3, 15, 12, 0, 0, 0, time.UTC),
	} {
		y, mo, d, h, mi, s, wd := civil(in.Unix())
		u := in.UTC()
		if y != u.Year() || mo != int(u.Month()) || d != u.Day() || h != u.Hour() || mi != u.Minute() || s != u.Second() || wd != int(u.Weekday()) {
			t.Errorf("civil(%v) = %d-%d-%d %d:%d:%d day %d; want %v", in, y, mo, d, h, mi, s, wd, u)
		}
	}
}
