# A result is a dict: "total", "steps" (each with its formula and legal basis),
# "warnings" and "citations" (the basis ids spelled out).
result = kz_state_duty(
    date="2026-03-10",
    claims=[{"type": "property", "amount": 1_500_000}, {"type": "non_property"}],
)
for step in result["steps"]:
    print(step["label"]["en"])
    print("   ", step["formula"])
    for basis in step["basis"]:
        cited = result["citations"][basis]
        print("    basis:", cited["short"]["en"] + ",", cited["label"]["en"])

# The result also carries the next calculator's input for the same case:
# here, the refund of the duty after a settlement in the first instance.
refund = kz_duty_refund(**result["follow_up"]["kz-duty-refund"])
print("Refund:", refund["total"], refund["currency"])
