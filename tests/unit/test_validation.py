import pytest

from jobcrm.domain import validation as v


@pytest.mark.parametrize("cvr", ["10150817", "25313763", "DK 10 15 08 17"])
def test_valid_cvr(cvr):
    assert v.clean_cvr(cvr) == v.digits(cvr.replace("DK", ""))


@pytest.mark.parametrize("cvr,fragment", [
    ("10150818", "kontrolcifferet"),
    ("1234567", "8 cifre"),
    ("ABCDEFGH", "8 cifre"),
    ("01234567", "kontrolcifferet"),
])
def test_invalid_cvr_names_the_field(cvr, fragment):
    with pytest.raises(ValueError) as e:
        v.clean_cvr(cvr)
    assert "CVR" in str(e.value) and fragment in str(e.value)


def test_pnumber_phone_email():
    assert v.clean_pnumber("1003 3888 47") == "1003388847"
    with pytest.raises(ValueError, match="P-nummer skal være 10 cifre"):
        v.clean_pnumber("12345")
    assert v.clean_phone("+45 12345678") == "12 34 56 78"
    assert v.clean_phone("0045-12-34-56-78") == "12 34 56 78"
    assert v.clean_phone("+46 70 123 45 67") == "+46701234567"
    with pytest.raises(ValueError, match="Telefon skal være et dansk nummer på 8 cifre"):
        v.clean_phone("1234")
    assert v.clean_email(" Kontakt@Firma.DK ") == "kontakt@firma.dk"
    with pytest.raises(ValueError, match="E-mail"):
        v.clean_email("kontakt@firma")
    assert v.clean_email("") is None and v.clean_phone("  ") is None


@pytest.mark.parametrize("text,is_cpr", [
    ("Borger 010190-1234 startede", True),
    ("0101901234", True),
    ("Ring på 12 34 56 78", False),
    ("CVR 10150817", False),
    ("Sagsnr. 2026-1234", False),
    ("", False),
])
def test_cpr_detection(text, is_cpr):
    assert v.looks_like_cpr(text) is is_cpr


def test_refuse_cpr_message_is_danish():
    with pytest.raises(ValueError, match="CPR-nummer"):
        v.refuse_cpr("010190-1234", "Særlige forhold")
    assert v.mask_cpr("x 010190-1234 y") == "x XXXXXX-XXXX y"


def test_danish_sort_order():
    names = ["Åbenrå Byg", "Ølstykke El", "Æblegården", "Zeta", "Aabenraa Maler", "alfa"]
    # aa sorts as å: "Aabenraa Maler" files under Å, after "Åbenrå Byg"
    assert sorted(names, key=v.danish_sort_key) == ["alfa", "Zeta", "Æblegården", "Ølstykke El", "Åbenrå Byg",
                                                    "Aabenraa Maler"]
