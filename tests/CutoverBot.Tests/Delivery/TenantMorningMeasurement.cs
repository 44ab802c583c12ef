using System.Diagnostics;
using Xunit.Abstractions;

namespace CutoverBot.Tests.Delivery;

/// <summary>How long a morning takes for 500 practices in one NHSmail tenant at Teams' limits (fake connector, fake time).</summary>
public sealed class TenantMorningMeasurement(ITestOutputHelper output)
{
    [MeasureFact]
    public async Task Morning_FiveHundredPracticesInOneTenant_Measure()
    {
        await using var rig = new MorningDeliveryRig(await DeliveryHarness.StartAsync(), parallelPractices: 8);
        for (var i = 0; i < 500; i++) rig.H.AddPractice($"19:team-{i:000}@thread.tacv2", managerUserId: $"29:manager-{i:000}");

        foreach (var (day, label) in new[] { (11, "first morning (creates 500 personal chats)"), (12, "next morning (plus 500 superseded updates)") })
        {
            var start = new DateTimeOffset(2027, 1, day, 8, 0, 0, TimeSpan.Zero);
            rig.H.Time.SetUtcNow(start);
            var before = rig.H.Connector.Calls.Count;
            var wall = Stopwatch.StartNew();
            await rig.H.Driver.RunAsync(rig.NewJob().RunAsync(start, CancellationToken.None));
            wall.Stop();
            var requests = rig.H.Connector.Calls.Skip(before).ToList();
            var fake = requests.Max(r => r.At) - start;
            output.WriteLine($"{label}: {requests.Count} requests, last at +{fake.TotalSeconds:0.0} s of fake time " +
                $"({requests.Count / Math.Max(fake.TotalSeconds, 0.001):0.0} req/s, max {DeliveryLimitsTests.MaxInAnyWindow(requests.Select(r => r.At).ToList(), TimeSpan.FromSeconds(1))} in any second); " +
                $"{wall.Elapsed.TotalSeconds:0.0} s wall clock");
            Assert.Equal(1500, requests.Count);
        }
    }
}
