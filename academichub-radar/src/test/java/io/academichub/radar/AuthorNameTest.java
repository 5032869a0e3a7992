package io.academichub.radar;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuthorNameTest {

    private static boolean same(String a, String b) {
        return AuthorName.parse(a).sameAs(AuthorName.parse(b));
    }

    @Test
    void initialsOrderAndAccentsDoNotMatter() {
        assertThat(same("Yann LeCun", "Y. LeCun")).isTrue();
        assertThat(same("Yann LeCun", "LeCun, Yann")).isTrue();
        assertThat(same("LeCun, Y.", "Yann Le Cun")).isTrue();
        assertThat(same("José L. Ramírez", "Jose Ramirez")).isTrue();
        assertThat(same("Ramírez, J.", "José L. Ramírez")).isTrue();
        assertThat(same("B. M. Terhal", "Barbara M. Terhal")).isTrue();
        assertThat(same("Wilke van der Schee", "van der Schee, Wilke")).isTrue();
        assertThat(same("Przemysław Nowak", "Przemyslaw Nowak")).isTrue();
    }

    @Test
    void anEszettIsDoubleS() {
        assertThat(same("Johann Strauß", "Johann Strauss")).isTrue();
        assertThat(same("Strauss, J.", "Johann Strauß")).isTrue();
        // the ranker's cheap test before the parse folds a byline name alike, or it would never parse "Strauß"
        assertThat(AuthorName.letters("Johann Strauß")).isEqualTo("johannstrauss")
                .contains(AuthorName.parse("Strauss, J.").surnameKey());
        assertThat(AuthorName.letters("Przemysław Nowak-Żak")).isEqualTo("przemyslawnowakzak");
    }

    @Test
    void differentPeopleStayApart() {
        assertThat(same("Yann LeCun", "Yves LeCun")).isFalse();
        assertThat(same("Y. LeCun", "Z. LeCun")).isFalse();
        assertThat(same("Craig Gidney", "Craig Gibney")).isFalse();
        assertThat(same("B. M. Terhal", "B. K. Terhal")).isFalse();
    }

    @Test
    void aNameWithoutSurnameIsRefused() {
        assertThatThrownBy(() -> AuthorName.parse(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuthorName.parse("J.")).isInstanceOf(IllegalArgumentException.class);
    }
}
